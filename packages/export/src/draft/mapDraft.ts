import type { DecisionNode, Draft, DraftNode, GroupNode, ResolutionNode, TextBlock } from './Draft.ts';

type MapInline<A, B> = (inline: A) => B;

function mapBlock<A, B>(block: TextBlock<A>, map: MapInline<A, B>): TextBlock<B> {
  return { ...block, inline: map(block.inline) };
}

function mapDecision<A, B>(decision: DecisionNode<A>, map: MapInline<A, B>): DecisionNode<B> {
  return { ...decision, blocks: decision.blocks.map((block) => mapBlock(block, map)) };
}

function mapSection<A, B>(
  node: GroupNode<A> | ResolutionNode<A>,
  map: MapInline<A, B>,
): GroupNode<B> | ResolutionNode<B> {
  if (node.type === 'resolution') return { ...node, blocks: node.blocks.map((block) => mapBlock(block, map)) };
  return { ...node, decisions: node.decisions.map((decision) => mapDecision(decision, map)) };
}

function mapNode<A, B>(node: DraftNode<A>, map: MapInline<A, B>): DraftNode<B> {
  switch (node.type) {
    case 'topic':
      return {
        type: 'topic',
        heading: map(node.heading),
        children: node.children.map((child) => mapSection(child, map)),
      };
    case 'paragraph':
      return { ...node, block: mapBlock(node.block, map) };
    default:
      return mapSection(node, map);
  }
}

/** The same tree with the text of every block (and topic heading) mapped, e.g. from spans to a view's pieces. */
export function mapDraft<A, B>(draft: Draft<A>, map: MapInline<A, B>): Draft<B> {
  return { nodes: draft.nodes.map((node) => mapNode(node, map)) };
}
