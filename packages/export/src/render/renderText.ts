import { headerLines } from './headerLines.ts';
import { pendingNote } from './pendingNote.ts';
import { type PrintedBlock, printedBlocks } from './printedBlocks.ts';
import type { Rendition } from './Rendition.ts';
import { textPieces } from './textPieces.ts';
import { upperCasePieces } from './upperCasePieces.ts';
import { viewLegend } from './viewLegend.ts';

const INDENT = '    ';

/** A paragraph as a line: labels and numbers printed, sub-paragraphs indented one step per level. */
function line(block: PrintedBlock): string {
  const text = textPieces(block.inline);
  switch (block.role) {
    case 'topicHeading':
      return textPieces(upperCasePieces(block.inline));
    case 'subParagraph':
      return `${INDENT.repeat(block.level)}${block.label ?? ''} ${text}`;
    case 'continuation':
      return `${INDENT}${text}`;
    default:
      return block.label ? `${block.label} ${text}` : text;
  }
}

/**
 * The document as plain text, one paragraph a line with a blank line between paragraphs, under a heading of
 * symbol, meeting and title. Same reading as document-model's toPlainText (numbers and computed labels printed),
 * laid out for a reader rather than a test.
 */
export function renderText(rendition: Rendition): string {
  const { symbol, meeting, title } = headerLines(rendition.meta);
  const heading = [symbol, meeting, title].filter((part): part is string => part !== null);
  const notes = [pendingNote(rendition.view, rendition.pendingCount), viewLegend(rendition.view, 'plain')].filter(
    (note): note is string => note !== null,
  );
  const body = printedBlocks(rendition.draft).map(line);
  return `${[heading.join('\n'), ...notes, ...body].filter(Boolean).join('\n\n')}\n`;
}
