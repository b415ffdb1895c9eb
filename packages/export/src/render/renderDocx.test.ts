import { describe, expect, it } from 'vitest';
import type { ExportView } from '../ExportView.ts';
import { exportDocument } from '../exportDocument.ts';
import { FIXTURE_META, GOLDEN_NOW } from '../testing/fixtureDocument.ts';
import { amendedFixture } from '../testing/scriptedAmendments.ts';
import { unzipText } from '../testing/unzipText.ts';

const { doc, records } = amendedFixture();

async function documentXml(view: ExportView) {
  const result = await exportDocument(doc, 'docx', { view, meta: FIXTURE_META, now: GOLDEN_NOW }, records);
  if (typeof result.body === 'string') throw new Error('a .docx is bytes');
  return { result, xml: await unzipText(result.body, 'word/document.xml'), body: result.body };
}

/** Every revision of a kind, as author and date, in document order. */
function revisions(xml: string, tag: 'w:ins' | 'w:del') {
  return [...xml.matchAll(new RegExp(`<${tag} w:id="(\\d+)" w:author="([^"]*)" w:date="([^"]*)"`, 'g'))].map((m) => ({
    id: Number(m[1]),
    author: m[2],
    date: m[3],
  }));
}

describe('the .docx export', () => {
  it('carries the pending amendments as real Word tracked changes, each by its delegation', async () => {
    const { xml, result } = await documentXml('tracked');
    expect(result.fileExtension).toBe('docx');
    expect(result.pendingCount).toBe(5);
    expect(revisions(xml, 'w:ins').map((r) => r.author)).toEqual(['Kenya', 'Kenya', 'Kenya', 'Brazil', 'Switzerland']);
    expect(revisions(xml, 'w:del')).toEqual([
      { id: 3, author: 'Japan', date: '2026-02-09T14:12:00Z' },
      { id: 5, author: 'Japan', date: '2026-02-09T14:07:00Z' },
      { id: 6, author: 'Brazil', date: '2026-02-09T14:05:00Z' },
    ]);
    expect(xml).toContain('<w:delText xml:space="preserve">develop</w:delText>');
    // Japan's deletion of words that are Kenya's proposal sits inside Kenya's insertion, as Word writes it.
    expect(xml).toMatch(/<w:ins w:id="2" w:author="Kenya"[^>]*><w:del w:id="3" w:author="Japan"/);
    const ids = [...revisions(xml, 'w:ins'), ...revisions(xml, 'w:del')].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('switches on revision tracking in the tracked view only', async () => {
    expect(await unzipText((await documentXml('tracked')).body, 'word/settings.xml')).toContain('<w:trackRevisions/>');
    expect(await unzipText((await documentXml('clean')).body, 'word/settings.xml')).toContain(
      '<w:trackRevisions w:val="false"/>',
    );
  });

  it('has no tracked changes in the clean and bracketed views', async () => {
    for (const view of ['clean', 'bracketed'] as const) {
      const { xml } = await documentXml(view);
      expect(xml).not.toMatch(/<w:(ins|del)\b/);
    }
    const clean = (await documentXml('clean')).xml;
    expect(clean).toContain('Note: 5 pending amendments are not included in this text.');
    expect(clean).not.toContain('prepare');
  });

  it('lays the decisions out like a UN document: number hanging before a tab, heading in bold capitals', async () => {
    const { xml, body } = await documentXml('clean');
    expect(xml).toContain('<w:ind w:left="1134" w:hanging="1134"/>');
    expect(xml).toMatch(/<w:t xml:space="preserve">14\.AA<\/w:t><w:tab\/>/);
    expect(xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">PARTNERSHIP POLICY</);
    expect(xml).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Directed to the Secretariat</);
    expect(await unzipText(body, 'word/header1.xml')).toContain('UNEP/CMS/COP15/Doc.31');
  });
});
