import type { Node as PMNode } from '@tiptap/pm/model';
import { describe, it } from 'vitest';
import type { AmendmentRecords } from './amendments/AmendmentRecords.ts';
import { EXPORT_FORMATS, type ExportFormat } from './ExportFormat.ts';
import { EXPORT_VIEWS, type ExportView } from './ExportView.ts';
import { exportDocument } from './exportDocument.ts';
import { FIXTURE_META, fixtureDocument, GOLDEN_NOW } from './testing/fixtureDocument.ts';
import { expectGolden } from './testing/golden.ts';
import { amendedFixture } from './testing/scriptedAmendments.ts';
import { paragraphPerLine, unzipText } from './testing/unzipText.ts';

/** What a golden file holds: the text of the export, or for .docx the text of word/document.xml. */
async function goldenText(
  doc: PMNode,
  format: ExportFormat,
  view: ExportView,
  records: AmendmentRecords,
  renumberFrom?: string,
) {
  const result = await exportDocument(
    doc,
    format,
    { view, meta: FIXTURE_META, now: GOLDEN_NOW, ...(renumberFrom ? { renumberFrom } : {}) },
    records,
  );
  if (typeof result.body === 'string') return { name: result.fileExtension, text: result.body };
  return { name: 'document.xml', text: paragraphPerLine(await unzipText(result.body, 'word/document.xml')) };
}

const amended = amendedFixture();
const documents: Array<{ label: string; doc: PMNode; records: AmendmentRecords }> = [
  { label: 'fixture', doc: fixtureDocument(), records: new Map() },
  { label: 'amended', doc: amended.doc, records: amended.records },
];

describe('exports of the seed fixture match the golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const { label, doc, records } of documents) {
    for (const view of EXPORT_VIEWS) {
      for (const format of EXPORT_FORMATS) {
        it(`${label}, ${view} view, ${format}`, async () => {
          const { name, text } = await goldenText(doc, format, view, records);
          expectGolden(`${label}-${view}.${name}`, text);
        });
      }
    }
  }

  for (const format of EXPORT_FORMATS) {
    it(`amended, clean view renumbered from 15.1, ${format}`, async () => {
      const { name, text } = await goldenText(amended.doc, format, 'clean', amended.records, '15.1');
      expectGolden(`amended-clean-renumbered.${name}`, text);
    });
  }
});
