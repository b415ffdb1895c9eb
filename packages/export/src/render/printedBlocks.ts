import type { DecisionNode, Draft, DraftNode, TextBlock } from '../draft/Draft.ts';
import type { Piece } from '../view/Piece.ts';

/**
 * One printed paragraph, in reading order, for the formats that print a flow of paragraphs (.docx, HTML,
 * Markdown, text). `role` decides the layout:
 * - `decision`: the first paragraph of a decision, the number hanging before it;
 * - `continuation`: a further unlabelled paragraph of a decision, aligned with its text;
 * - `subParagraph` (with `level`), `operative`: label hanging before the text;
 * - `preambular`, `paragraph` (outside any decision), `topicHeading`, `directedTo`.
 */
export interface PrintedBlock {
  role:
    | 'topicHeading'
    | 'directedTo'
    | 'decision'
    | 'continuation'
    | 'subParagraph'
    | 'operative'
    | 'preambular'
    | 'paragraph';
  /** The decision number or the computed label printed before the text, if any. */
  label: string | null;
  level: number;
  inline: Piece[];
}

const plain = (text: string): Piece[] => [{ kind: 'text', text, bold: false, italic: false }];

function textBlock(block: TextBlock<Piece[]>): PrintedBlock {
  const role = block.kind === 'paragraph' ? 'paragraph' : block.kind;
  return { role, label: block.label, level: block.level, inline: block.inline };
}

function decisionBlocks(decision: DecisionNode<Piece[]>): PrintedBlock[] {
  const number = decision.number || null;
  const [first, ...rest] = decision.blocks;
  const opening: PrintedBlock =
    first?.kind === 'paragraph'
      ? { role: 'decision', label: number, level: 0, inline: first.inline }
      : { role: 'decision', label: number, level: 0, inline: [] };
  const others = first?.kind === 'paragraph' ? rest : decision.blocks;
  return [
    opening,
    ...others.map((block) =>
      block.kind === 'paragraph' ? { ...textBlock(block), role: 'continuation' as const } : textBlock(block),
    ),
  ];
}

function nodeBlocks(node: DraftNode<Piece[]>): PrintedBlock[] {
  switch (node.type) {
    case 'topic':
      return [
        ...(node.heading.length
          ? [{ role: 'topicHeading' as const, label: null, level: 0, inline: node.heading }]
          : []),
        ...node.children.flatMap(nodeBlocks),
      ];
    case 'addresseeGroup':
      return [
        { role: 'directedTo', label: null, level: 0, inline: plain(node.directedTo) },
        ...node.decisions.flatMap(decisionBlocks),
      ];
    case 'resolution':
      return node.blocks.map(textBlock);
    case 'paragraph':
      return [textBlock(node.block)];
  }
}

/** The draft as the flow of paragraphs a reader sees. */
export function printedBlocks(draft: Draft<Piece[]>): PrintedBlock[] {
  return draft.nodes.flatMap(nodeBlocks);
}
