import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Where `after` differs from `before` if only the inline content of some textblocks changed: the positions (in
 * `after`) of those textblocks. Null if anything else may have changed: a block added, removed, moved or
 * retyped, or a block's attributes. ProseMirror documents are immutable and share every untouched node, and
 * y-prosemirror keeps the nodes of unchanged Yjs types, so a keystroke, local or remote, is found by following
 * the few nodes that are not the same objects, without visiting the rest of a 300-decision text.
 */
export function changedTextblocks(before: PMNode, after: PMNode): number[] | null {
  const changed: number[] = [];
  return collect(before, after, -1, changed) ? changed : null;
}

/** `pos` is the position before `after` (-1 for the document itself, which has no position). */
function collect(before: PMNode, after: PMNode, pos: number, into: number[]): boolean {
  if (before === after) return true;
  if (!before.sameMarkup(after)) return false;
  if (after.isTextblock) {
    into.push(pos);
    return true;
  }
  if (before.childCount !== after.childCount) return false;
  let childPos = pos + 1;
  for (let i = 0; i < after.childCount; i++) {
    const child = after.child(i);
    if (!collect(before.child(i), child, childPos, into)) return false;
    childPos += child.nodeSize;
  }
  return true;
}
