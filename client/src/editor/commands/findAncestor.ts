import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';

export interface Found {
  node: PMNode;
  /** Position just before the node. */
  pos: number;
  depth: number;
}

/** The closest ancestor of a position (the position's own parent included) of the given type. */
export function findAncestor($pos: ResolvedPos, typeName: string): Found | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    const node = $pos.node(depth);
    if (node.type.name === typeName) return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

/** The node of the given type that starts at `pos`, as node views and dialogs address it. */
export function nodeAt(doc: PMNode, pos: number, typeName: string): Found | null {
  const node = doc.nodeAt(pos);
  if (!node || node.type.name !== typeName) return null;
  return { node, pos, depth: doc.resolve(pos).depth + 1 };
}
