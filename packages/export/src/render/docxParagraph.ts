import { AlignmentType, type IParagraphOptions, Paragraph, type ParagraphChild, Tab, TabStopType, TextRun } from 'docx';
import type { Piece } from '../view/Piece.ts';
import { DOCX_LAYOUT, subParagraphIndent } from './docxLayout.ts';
import { docxRuns, type RevisionCounter } from './docxRuns.ts';
import type { PrintedBlock } from './printedBlocks.ts';
import { upperCasePieces } from './upperCasePieces.ts';

type Layout = Omit<IParagraphOptions, 'children'>;

const withStyle = (pieces: readonly Piece[], style: { bold?: boolean; italic?: boolean }): Piece[] =>
  pieces.map((piece) => ('bold' in piece ? { ...piece, ...style } : piece));

/** A label hanging before the text: the label, a tab to the text's indent, and the text. */
function hanging(left: number, hang: number): Layout {
  return {
    indent: { left, hanging: hang },
    tabStops: [{ type: TabStopType.LEFT, position: left }],
    alignment: AlignmentType.BOTH,
  };
}

function layoutOf(block: PrintedBlock): Layout {
  switch (block.role) {
    case 'topicHeading':
      return {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: DOCX_LAYOUT.headingSpace, after: DOCX_LAYOUT.spaceAfter },
      };
    case 'directedTo':
      return { keepNext: true };
    case 'decision':
    case 'operative':
      return hanging(DOCX_LAYOUT.decisionIndent, DOCX_LAYOUT.decisionIndent);
    case 'subParagraph':
      return hanging(subParagraphIndent(block.level), DOCX_LAYOUT.subParagraphStep);
    case 'continuation':
      return { indent: { left: DOCX_LAYOUT.decisionIndent }, alignment: AlignmentType.BOTH };
    case 'preambular':
      return { indent: { firstLine: DOCX_LAYOUT.preambularIndent }, alignment: AlignmentType.BOTH };
    case 'paragraph':
      return { alignment: AlignmentType.BOTH };
  }
}

/** The text of a block, with the styling its role prints in (headings in bold capitals, addressees in italics). */
function piecesOf(block: PrintedBlock): Piece[] {
  if (block.role === 'topicHeading') return withStyle(upperCasePieces(block.inline), { bold: true });
  if (block.role === 'directedTo') return withStyle(block.inline, { italic: true });
  return block.inline;
}

/** One printed block as a Word paragraph laid out like a UN document. */
export function docxParagraph(block: PrintedBlock, counter: RevisionCounter, now: Date): Paragraph {
  const label: ParagraphChild[] = block.label ? [new TextRun({ children: [block.label, new Tab()] })] : [];
  return new Paragraph({
    spacing: { after: DOCX_LAYOUT.spaceAfter },
    ...layoutOf(block),
    children: [...label, ...docxRuns(piecesOf(block), counter, now)],
  });
}
