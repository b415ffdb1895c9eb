import { draftSchema } from '@draftroom/document-model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { overlappingMarkKey, parseMarkKey } from './markKey.ts';

describe('overlappingMarkKey', () => {
  it('is the key y-tiptap writes for an insertion mark', () => {
    const attrs = { amendmentId: 'a1', party: 'Brazil', author: 'Ana', createdAt: '2026-11-28T00:00:00.000Z' };
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(
      draftSchema,
      {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'insertion', attrs }] }] }],
      },
      doc.getXmlFragment('content'),
    );
    const text = (doc.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const [key] = Object.keys(text.toDelta()[0].attributes);
    expect(key).toBe(overlappingMarkKey('insertion', attrs));
    expect(parseMarkKey(key as string)).toEqual({ name: 'insertion', hashed: true });
  });
});
