import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Where a block is now. Dialogs remember the block's id rather than its position: while a dialog is open,
 * other delegations keep typing and every position after theirs moves.
 */
export function findBlockById(doc: PMNode, typeName: string, id: string): number | null {
  let found: number | null = null;
  doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === typeName && node.attrs.id === id) {
      found = pos;
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}
