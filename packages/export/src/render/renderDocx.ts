import { AlignmentType, Document, Header, Packer, Paragraph, TextRun } from 'docx';
import type { ExportMeta } from '../ExportOptions.ts';
import { DOCX_LAYOUT } from './docxLayout.ts';
import { docxParagraph } from './docxParagraph.ts';
import type { RevisionCounter } from './docxRuns.ts';
import { headerLines } from './headerLines.ts';
import { pendingNote } from './pendingNote.ts';
import { printedBlocks } from './printedBlocks.ts';
import type { Rendition } from './Rendition.ts';
import { viewLegend } from './viewLegend.ts';

/** The symbol in the page header of every page, right-aligned, as UN documents carry it. */
function pageHeader(symbol: string | null): Header {
  return new Header({
    children: symbol
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: symbol, bold: true })] })]
      : [],
  });
}

/** The first lines: meeting on the right, title in bold capitals in the middle. */
function titleParagraphs(meta: ExportMeta): Paragraph[] {
  const { meeting, title } = headerLines(meta);
  return [
    ...(meeting
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: DOCX_LAYOUT.headingSpace },
            children: [new TextRun(meeting)],
          }),
        ]
      : []),
    ...(title
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: DOCX_LAYOUT.headingSpace, after: DOCX_LAYOUT.headingSpace },
            children: [new TextRun({ text: title, bold: true, allCaps: true })],
          }),
        ]
      : []),
  ];
}

function noteParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: { after: DOCX_LAYOUT.spaceAfter },
    children: [new TextRun({ text, italics: true, size: DOCX_LAYOUT.noteSize })],
  });
}

/**
 * The document as a .docx laid out like a UN document. In the tracked view the changes are Word's own tracked
 * changes, and revision tracking is switched on, so that what a delegation changes in Word is tracked as well.
 */
export async function renderDocx(rendition: Rendition): Promise<Uint8Array> {
  const { meta, view, pendingCount, now } = rendition;
  const counter: RevisionCounter = { next: 1 };
  const notes = [pendingNote(view, pendingCount), viewLegend(view, 'word')].filter((n): n is string => n !== null);
  const document = new Document({
    title: headerLines(meta).title ?? undefined,
    creator: 'Draftroom',
    lastModifiedBy: 'Draftroom',
    features: { trackRevisions: view === 'tracked' },
    styles: { default: { document: { run: { font: DOCX_LAYOUT.font, size: DOCX_LAYOUT.size } } } },
    sections: [
      {
        headers: { default: pageHeader(headerLines(meta).symbol) },
        children: [
          ...titleParagraphs(meta),
          ...notes.map(noteParagraph),
          ...printedBlocks(rendition.draft).map((block) => docxParagraph(block, counter, now)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
