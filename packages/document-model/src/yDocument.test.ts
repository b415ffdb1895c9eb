import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { blocksNeedingIds } from './blockIds.ts';
import { addresseeGroup, decision, doc, paragraph, topic } from './content.ts';
import { draftSchema } from './schema.ts';
import { encodeNewDocument, readDocument, readMeta, writeDocument } from './yDocument.ts';

describe('documents in Yjs', () => {
  it('round-trips content, attributes and meta through a Yjs update', () => {
    const json = doc([
      topic('Partnership policy', [
        addresseeGroup(['Secretariat'], [decision('14.AA', [paragraph('The Secretariat shall develop a policy.')])]),
      ]),
    ]);
    const update = encodeNewDocument(json, { title: 'Synergies', symbol: 'UNEP/CMS/COP15/Doc.X' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    const node = readDocument(copy);
    // Compared with the schema's own JSON of the input: it spells out defaults (`amend: null`) the builders omit.
    expect(node.toJSON()).toEqual(draftSchema.nodeFromJSON(json).toJSON());
    expect(readMeta(copy)).toEqual({ title: 'Synergies', symbol: 'UNEP/CMS/COP15/Doc.X' });
    expect(blocksNeedingIds(node)).toEqual([]);
  });

  it('refuses content that breaks the schema before it touches the document', () => {
    const ydoc = new Y.Doc();
    expect(() =>
      writeDocument(ydoc, { type: 'doc', content: [{ type: 'decision', attrs: { number: '1' }, content: [] }] }),
    ).toThrow();
    expect(ydoc.getXmlFragment('content').length).toBe(0);
  });
});
