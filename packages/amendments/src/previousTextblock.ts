import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The textblock that comes right before the block at `pos` in document order, even in another parent (the
 * last paragraph of the previous decision), with its position; null at the start of the document.
 */
export function previousTextblock(doc: PMNode, pos: number): { node: PMNode; pos: number } | null {
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth >= 0; depth--) {
    const index = $pos.index(depth);
    if (index === 0) continue;
    let node = $pos.node(depth).child(index - 1);
    let start = $pos.posAtIndex(index - 1, depth);
    while (!node.isTextblock) {
      const last = node.lastChild;
      if (!last || node.isLeaf) return null;
      start += node.nodeSize - 1 - last.nodeSize;
      node = last;
    }
    return { node, pos: start };
  }
  return null;
}
