import type { ExportMeta } from '../ExportOptions.ts';
import { escapeXml } from './escapeXml.ts';
import { headerLines } from './headerLines.ts';
import { htmlPieces } from './htmlPieces.ts';
import { HTML_STYLE } from './htmlStyle.ts';
import { pendingNote } from './pendingNote.ts';
import { type PrintedBlock, printedBlocks } from './printedBlocks.ts';
import type { Rendition } from './Rendition.ts';
import { viewLegend } from './viewLegend.ts';

function hanging(className: string, label: string | null, content: string): string {
  const labelHtml = label ? `<span class="label">${escapeXml(label)}</span>` : '';
  return `<p class="${className} hanging">${labelHtml}${content}</p>`;
}

function paragraph(block: PrintedBlock): string {
  const content = htmlPieces(block.inline);
  switch (block.role) {
    case 'topicHeading':
      return `<h2 class="topic-heading">${content}</h2>`;
    case 'directedTo':
      return `<p class="directed-to">${content}</p>`;
    case 'decision':
    case 'operative':
      return hanging(block.role, block.label, content);
    case 'subParagraph':
      return hanging(`sub sub-${Math.min(block.level, 3)}`, block.label, content);
    default:
      return `<p class="${block.role}">${content}</p>`;
  }
}

function header(meta: ExportMeta): string {
  const { symbol, meeting, title } = headerLines(meta);
  return [
    '<header>',
    symbol ? `<p class="symbol">${escapeXml(symbol)}</p>` : '',
    meeting ? `<p class="meeting">${escapeXml(meeting)}</p>` : '',
    title ? `<h1 class="title">${escapeXml(title)}</h1>` : '',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The document as one self-contained HTML page (style inline, nothing fetched): the export to read on screen
 * and the print view, from which the browser makes the PDF.
 */
export function renderHtml(rendition: Rendition): string {
  const { meta, view, pendingCount } = rendition;
  const note = pendingNote(view, pendingCount);
  const legend = viewLegend(view, 'styled');
  const pageTitle = headerLines(meta).title ?? headerLines(meta).symbol ?? 'Draft decisions';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(pageTitle)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    `<body class="view-${view}">`,
    header(meta),
    note ? `<p class="note">${escapeXml(note)}</p>` : '',
    legend ? `<p class="legend">${escapeXml(legend)}</p>` : '',
    '<main>',
    ...printedBlocks(rendition.draft).map(paragraph),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, index, lines) => line !== '' || index === lines.length - 1)
    .join('\n');
}
