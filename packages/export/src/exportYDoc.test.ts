import { writeDocument } from '@draftroom/document-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportYDoc } from './exportYDoc.ts';
import { FIXTURE_META, GOLDEN_NOW } from './testing/fixtureDocument.ts';
import { amendedFixture } from './testing/scriptedAmendments.ts';

/** The amended fixture as the server holds it: content and meta in a Y.Doc, the records in `amendments`. */
function storedDocument(statusOf: (id: string, status: string) => string = (_id, status) => status) {
  const { doc, records } = amendedFixture();
  const ydoc = new Y.Doc();
  writeDocument(ydoc, doc.toJSON(), FIXTURE_META);
  const amendments = ydoc.getMap<unknown>('amendments');
  for (const [id, record] of records) {
    // Records may be stored as plain objects or as nested maps: both are read.
    const status = statusOf(id, record.status ?? 'proposed');
    if (id === 'a-kenya') amendments.set(id, new Y.Map<unknown>(Object.entries({ ...record, status })));
    else amendments.set(id, { ...record, status });
  }
  return ydoc;
}

describe('exportYDoc', () => {
  it('reads content, meta and amendments from the Yjs document, headless', async () => {
    const result = await exportYDoc(storedDocument(), 'txt', { view: 'bracketed', now: GOLDEN_NOW });
    expect(result.pendingCount).toBe(5);
    expect(result.contentType).toBe('text/plain; charset=utf-8');
    expect(String(result.body)).toMatch(/^UNEP\/CMS\/COP15\/Doc\.31\nCMS COP15\nSynergies and partnerships\n/);
    expect(String(result.body)).toContain('[develop][Brazil: prepare]');
  });

  it('prints an amendment the record says is decided as decided, even while its mark is still in the text', async () => {
    const decided = storedDocument((id, status) =>
      id === 'a-brazil' ? 'accepted' : id === 'a-kenya' ? 'rejected' : status,
    );
    const result = await exportYDoc(decided, 'txt', { view: 'bracketed', now: GOLDEN_NOW });
    expect(result.pendingCount).toBe(3);
    const text = String(result.body);
    expect(text).toContain('[Japan delete: subject to the availability of resources, ]prepare a partnership policy');
    expect(text).toContain('with interested Parties, UNESCO');
  });

  it('lets options override the stored metadata', async () => {
    const result = await exportYDoc(storedDocument(), 'md', {
      view: 'clean',
      now: GOLDEN_NOW,
      meta: { title: 'Final text' },
    });
    expect(String(result.body)).toContain('# Final text');
  });

  it('leaves the document as it was', async () => {
    const ydoc = storedDocument();
    const before = Y.encodeStateAsUpdate(ydoc);
    await exportYDoc(ydoc, 'docx', { view: 'tracked', renumberFrom: '15.1' });
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });
});
