import type { DecisionNode, Draft } from './Draft.ts';

/** Every decision of the tree, in document order. */
export function decisionsOf<I>(draft: Draft<I>): DecisionNode<I>[] {
  return draft.nodes.flatMap((node) => {
    if (node.type === 'addresseeGroup') return node.decisions;
    if (node.type === 'topic')
      return node.children.flatMap((child) => (child.type === 'addresseeGroup' ? child.decisions : []));
    return [];
  });
}
