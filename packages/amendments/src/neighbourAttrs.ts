import { type AmendmentMarkAttrs, blockAmendsOf } from '@draftroom/document-model';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { amendmentMarksOf } from './amendmentMarksOf.ts';
import { markAttrsOf } from './markAttrsOf.ts';
import type { SuggestContext } from './SuggestContext.ts';

function ownMark(node: PMNode | null | undefined, kind: 'insertion' | 'deletion', ctx: SuggestContext) {
  if (!node) return null;
  const found = amendmentMarksOf(node).find((m) => m.kind === kind && ctx.isMine(m.attrs));
  return found ? markAttrsOf(found.attrs) : null;
}

function hasInsertion(block: PMNode, amendmentId: string): boolean {
  let found = false;
  block.forEach((child) => {
    if (amendmentMarksOf(child).some((m) => m.kind === 'insertion' && m.attrs.amendmentId === amendmentId))
      found = true;
  });
  return found;
}

/**
 * At the very start of a paragraph the Party itself created (Enter, or a proposed block), that proposal; also
 * in the empty first paragraph of a decision or group the Party proposed whole (the entry is on the block).
 */
function ownNewBlock($pos: ResolvedPos, ctx: SuggestContext): AmendmentMarkAttrs | null {
  if ($pos.parentOffset !== 0) return null;
  for (let depth = $pos.depth; depth > 0; depth--) {
    const entry = blockAmendsOf($pos.node(depth).attrs).find(
      (e) => (e.kind === 'insert' || (e.kind === 'split' && depth === $pos.depth)) && ctx.isMine(e),
    );
    if (entry) return markAttrsOf(entry);
  }
  return null;
}

/**
 * Which amendment text inserted at `pos` belongs to. It continues a proposal of the actor's own Party when
 * it touches one: typing after one's own insertion extends it; typing right after one's own pure deletion
 * makes it a replacement; typing at the start of one's own new paragraph fills it. Text next to ANOTHER
 * Party's proposal never takes its id (the bug of prosemirror-suggest-changes): it gets the actor's own.
 */
export function insertionAttrsAt(doc: PMNode, pos: number, ctx: SuggestContext): AmendmentMarkAttrs {
  const $pos = doc.resolve(pos);
  if ($pos.parent.inlineContent) {
    const before = $pos.nodeBefore;
    const extended = ownMark(before, 'insertion', ctx);
    if (extended) return extended;
    const deleted = ownMark(before, 'deletion', ctx);
    if (deleted && !hasInsertion($pos.parent, deleted.amendmentId)) return deleted;
    const following = ownMark($pos.nodeAfter, 'insertion', ctx) ?? ownNewBlock($pos, ctx);
    if (following) return following;
  }
  return ctx.removedOwnInsertion ?? ctx.deletion ?? ctx.freshAttrs();
}

/** Which amendment a deletion of [from, to) belongs to: an adjacent pure deletion of the same Party grows. */
export function deletionAttrsAround(doc: PMNode, from: number, to: number, ctx: SuggestContext): AmendmentMarkAttrs {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const before = $from.parent.inlineContent ? ownMark($from.nodeBefore, 'deletion', ctx) : null;
  const after = $to.parent.inlineContent ? ownMark($to.nodeAfter, 'deletion', ctx) : null;
  return before ?? after ?? ctx.deletion ?? ctx.freshAttrs();
}
