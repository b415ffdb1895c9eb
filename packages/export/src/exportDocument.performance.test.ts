import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from './ExportFormat.ts';
import { exportDocument } from './exportDocument.ts';
import { generatedDocument } from './testing/generatedDocument.ts';
import { unzipText } from './testing/unzipText.ts';

/**
 * Measures the export of a whole meeting's worth of decisions (300, with sub-paragraphs) in every format and
 * prints the times. Timing is reported, not asserted: a loaded CI machine must not fail the build.
 */
describe('exporting 300 decisions', () => {
  const doc = generatedDocument(300);

  for (const format of EXPORT_FORMATS) {
    it(`in ${format}`, async () => {
      const started = performance.now();
      const result = await exportDocument(doc, format, {
        view: 'tracked',
        meta: { title: 'Generated' },
        renumberFrom: '15.1',
      });
      const elapsed = performance.now() - started;
      console.info(`export of 300 decisions as ${format}: ${elapsed.toFixed(0)} ms`);
      const text = typeof result.body === 'string' ? result.body : await unzipText(result.body, 'word/document.xml');
      expect(text).toContain('15.300');
    });
  }
});
