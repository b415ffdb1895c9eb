import { escapeLineStart, escapeMarkdown } from './escapeMarkdown.ts';
import { headerLines } from './headerLines.ts';
import { markdownPieces } from './markdownPieces.ts';
import { pendingNote } from './pendingNote.ts';
import { type PrintedBlock, printedBlocks } from './printedBlocks.ts';
import type { Rendition } from './Rendition.ts';
import { upperCasePieces } from './upperCasePieces.ts';
import { viewLegend } from './viewLegend.ts';

/**
 * A paragraph as Markdown. Labels are written out ("a)", "(i)"), not made into Markdown lists, which would
 * renumber them; an indented line would be code, so sub-paragraphs are not indented.
 */
function paragraph(block: PrintedBlock): string {
  const text = markdownPieces(block.inline);
  switch (block.role) {
    case 'topicHeading':
      return `## ${markdownPieces(upperCasePieces(block.inline))}`;
    case 'directedTo':
      return `*${text}*`;
    case 'decision':
      return block.label ? `**${escapeMarkdown(block.label)}** ${text}` : escapeLineStart(text);
    default:
      return escapeLineStart(block.label ? `${escapeMarkdown(block.label)} ${text}` : text);
  }
}

/** The document as Markdown: symbol and meeting, the title as the heading, topics as second-level headings. */
export function renderMarkdown(rendition: Rendition): string {
  const { symbol, meeting, title } = headerLines(rendition.meta);
  const heading = [
    [symbol, meeting]
      .filter((line): line is string => line !== null)
      .map(escapeMarkdown)
      .join('  \n'),
    title ? `# ${escapeMarkdown(title)}` : '',
  ];
  const notes = [pendingNote(rendition.view, rendition.pendingCount), viewLegend(rendition.view, 'styled')]
    .filter((note): note is string => note !== null)
    .map((note) => `*${escapeMarkdown(note)}*`);
  const body = printedBlocks(rendition.draft).map(paragraph);
  return `${[...heading, ...notes, ...body].filter(Boolean).join('\n\n')}\n`;
}
