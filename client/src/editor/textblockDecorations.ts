import { changedTextblocks } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';

/** The decorations of one textblock, which may depend on the block itself, its parent and its index there. */
export type DecorateTextblock = (node: PMNode, pos: number, parent: PMNode, index: number) => Decoration[];

/** Every textblock's decorations. */
export function decorateTextblocks(doc: PMNode, decorate: DecorateTextblock): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    if (parent) decorations.push(...decorate(node, pos, parent, index));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Past this many changed blocks, rebuilding them all is the cheaper way. */
const MAX_REDECORATED = 64;

/**
 * The decorations after a transaction. When only the text of some blocks changed (a keystroke, here or in
 * another editor) the rest are mapped and only those blocks are decorated again: rebuilding them all cost about
 * a millisecond per keystroke in the 300-decision compilation. Anything else rebuilds them all.
 */
export function redecorateTextblocks(
  tr: Transaction,
  previous: DecorationSet,
  decorate: DecorateTextblock,
): DecorationSet {
  if (!tr.docChanged) return previous;
  const changed = changedTextblocks(tr.before, tr.doc);
  if (!changed || changed.length > MAX_REDECORATED) return decorateTextblocks(tr.doc, decorate);
  let set = previous.map(tr.mapping, tr.doc);
  for (const pos of changed) {
    const node = tr.doc.nodeAt(pos);
    if (!node) return decorateTextblocks(tr.doc, decorate);
    const end = pos + node.nodeSize;
    const $pos = tr.doc.resolve(pos);
    set = set.remove(set.find(pos, end).filter((decoration) => decoration.from >= pos && decoration.to <= end));
    set = set.add(tr.doc, decorate(node, pos, $pos.parent, $pos.index()));
  }
  return set;
}
