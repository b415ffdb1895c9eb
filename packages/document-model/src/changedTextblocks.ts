import type { Node as PMNode } from '@tiptap/pm/model';

/** A textblock whose inline content changed: its position in the document before and in the one after. */
export interface TextblockChange {
  before: number;
  after: number;
}

/**
 * Where `after` differs from `before` if only the inline content of some textblocks changed: those textblocks.
 * Null if anything else may have changed: a block added, removed, moved or retyped, or a block's attributes.
 * ProseMirror documents are immutable and share every untouched node, and y-prosemirror keeps the nodes of
 * unchanged Yjs types, so a keystroke, local or remote, is found by following the few nodes that are not the
 * same objects, without visiting the rest of a 300-decision text.
 */
export function textblockChanges(before: PMNode, after: PMNode): readonly TextblockChange[] | null {
  // A keystroke asks several times (decorations, block ids, the outline, the guard, the records): once is enough.
  const known = lastAsked.get(after);
  if (known?.before === before) return known.changes;
  const found: TextblockChange[] = [];
  const changes = collect(before, after, -1, -1, found) ? found : null;
  lastAsked.set(after, { before, changes });
  return changes;
}

const lastAsked = new WeakMap<PMNode, { before: PMNode; changes: readonly TextblockChange[] | null }>();

/** The positions (in `after`) of the textblocks whose text alone changed, or null (see textblockChanges). */
export function changedTextblocks(before: PMNode, after: PMNode): number[] | null {
  return textblockChanges(before, after)?.map((change) => change.after) ?? null;
}

/** The positions are those before the nodes (-1 for the document itself, which has no position). */
function collect(before: PMNode, after: PMNode, posBefore: number, posAfter: number, into: TextblockChange[]): boolean {
  if (before === after) return true;
  if (!before.sameMarkup(after)) return false;
  if (after.isTextblock) {
    into.push({ before: posBefore, after: posAfter });
    return true;
  }
  if (before.childCount !== after.childCount) return false;
  let childBefore = posBefore + 1;
  let childAfter = posAfter + 1;
  for (let i = 0; i < after.childCount; i++) {
    const old = before.child(i);
    const child = after.child(i);
    if (!collect(old, child, childBefore, childAfter, into)) return false;
    childBefore += old.nodeSize;
    childAfter += child.nodeSize;
  }
  return true;
}
