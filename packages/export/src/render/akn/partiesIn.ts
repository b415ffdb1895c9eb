import type { Draft, DraftNode } from '../../draft/Draft.ts';
import type { Piece } from '../../view/Piece.ts';

function inlinesOf(node: DraftNode<Piece[]>): Piece[][] {
  switch (node.type) {
    case 'topic':
      return [node.heading, ...node.children.flatMap(inlinesOf)];
    case 'addresseeGroup':
      return node.decisions.flatMap((decision) => decision.blocks.map((b) => b.inline));
    case 'resolution':
      return node.blocks.map((b) => b.inline);
    case 'paragraph':
      return [node.block.inline];
  }
}

/** The delegations whose changes the text shows, each once, in order of appearance: the references to declare. */
export function partiesIn(draft: Draft<Piece[]>): string[] {
  const parties = new Set<string>();
  for (const pieces of draft.nodes.flatMap(inlinesOf)) {
    for (const piece of pieces) {
      if (piece.kind === 'insertion' || piece.kind === 'deletion') parties.add(piece.change.party);
      if (piece.kind === 'deletion' && piece.inserted) parties.add(piece.inserted.party);
    }
  }
  return [...parties];
}
