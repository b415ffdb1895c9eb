import { addresseeGroup, decision, doc, draftSchema, paragraph } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import { ExportError } from './ExportError.ts';
import type { ExportFormat } from './ExportFormat.ts';
import type { ExportView } from './ExportView.ts';
import { exportDocument } from './exportDocument.ts';
import { fixtureDocument } from './testing/fixtureDocument.ts';

const meta = { title: 'Test <draft> & "quotes"', symbol: 'X/1' };

describe('exportDocument', () => {
  it('refuses a bad format, view or renumber start with an ExportError', async () => {
    const doc = fixtureDocument();
    await expect(exportDocument(doc, 'pdf' as ExportFormat, { view: 'clean', meta })).rejects.toMatchObject({
      code: 'BAD_FORMAT',
    });
    await expect(exportDocument(doc, 'txt', { view: 'final' as ExportView, meta })).rejects.toBeInstanceOf(ExportError);
    await expect(exportDocument(doc, 'txt', { view: 'clean', meta, renumberFrom: '15.AA' })).rejects.toMatchObject({
      code: 'BAD_RENUMBER',
    });
  });

  it('answers each format with its media type and extension', async () => {
    const doc = fixtureDocument();
    const answers = await Promise.all(
      (['docx', 'html', 'md', 'txt', 'akn'] as const).map((format) =>
        exportDocument(doc, format, { view: 'clean', meta }),
      ),
    );
    expect(answers.map((a) => [a.fileExtension, a.contentType.split(';')[0], typeof a.body])).toEqual([
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'object'],
      ['html', 'text/html', 'string'],
      ['md', 'text/markdown', 'string'],
      ['txt', 'text/plain', 'string'],
      ['xml', 'application/akn+xml', 'string'],
    ]);
  });

  it('prints text that looks like markup as text', async () => {
    const node = draftSchema.nodeFromJSON(
      doc([
        addresseeGroup(
          ['Parties'],
          [decision('15.AA', [paragraph('Use <b>bold</b> & *stars* or [links](x) _here_.')])],
        ),
      ]),
    );
    const html = String((await exportDocument(node, 'html', { view: 'clean', meta })).body);
    expect(html).toContain('Use &lt;b&gt;bold&lt;/b&gt; &amp; *stars*');
    expect(html).toContain('<title>Test &lt;draft&gt; &amp; &quot;quotes&quot;</title>');
    const md = String((await exportDocument(node, 'md', { view: 'clean', meta })).body);
    expect(md).toContain('Use \\<b\\>bold\\</b\\> \\& \\*stars\\* or \\[links\\](x) \\_here\\_.');
  });

  it('renumbers placeholder decisions and the references to them', async () => {
    const node = draftSchema.nodeFromJSON(
      doc([
        addresseeGroup(
          ['Secretariat'],
          [
            decision('15.AA', [paragraph('The Secretariat shall report.')]),
            decision('15.BB', [paragraph('Decisions 15.AA and 15.BB replace Decision 14.8.')]),
          ],
        ),
      ]),
    );
    const text = String((await exportDocument(node, 'txt', { view: 'clean', meta: {}, renumberFrom: '15.12' })).body);
    expect(text).toBe(
      'Directed to the Secretariat\n\n15.12 The Secretariat shall report.\n\n15.13 Decisions 15.12 and 15.13 replace Decision 14.8.\n',
    );
  });
});
