import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isAmendmentMarkAttrs } from './amendmentMarks.ts';
import { blockAmendsOf, isBlockAmend, isBlockAmendList, isProposableAttr } from './blockAmend.ts';
import { addresseeGroup, decision, doc } from './content.ts';
import { draftSchema } from './schema.ts';
import { readDocument, writeDocument } from './yDocument.ts';

const who = {
  amendmentId: '5b1f8a2e-4c1d-4a57-9e1b-2f3c4d5e6f70',
  party: 'Brazil',
  author: 'Ana',
  createdAt: '2025-06-01T10:00:00.000Z',
};

describe('amendment marks and block amendments in the schema', () => {
  it('checks mark attrs and block entries strictly, as the server must', () => {
    expect(isAmendmentMarkAttrs(who)).toBe(true);
    expect(isAmendmentMarkAttrs({ ...who, status: 'accepted' })).toBe(false);
    expect(isAmendmentMarkAttrs({ ...who, party: '' })).toBe(false);
    expect(isBlockAmend({ kind: 'delete', ...who })).toBe(true);
    expect(isBlockAmend({ kind: 'attr', name: 'number', from: '15.AA', to: '15.1', ...who })).toBe(true);
    expect(isBlockAmend({ kind: 'attr', name: 'number', from: '15.AA', to: { x: 1 }, ...who })).toBe(false);
    expect(isBlockAmend({ kind: 'move', ...who })).toBe(false);
    expect(isBlockAmend({ kind: 'split', extra: 1, ...who })).toBe(false);
    expect(isBlockAmendList(null)).toBe(true);
    expect(isBlockAmendList([])).toBe(false);
    expect(isProposableAttr('decision', 'number')).toBe(true);
    expect(isProposableAttr('decision', 'id')).toBe(false);
  });

  it('lets two Parties’ deletions overlap and carries block lists through Yjs', () => {
    const deletion = draftSchema.marks.deletion;
    if (!deletion) throw new Error('no deletion mark');
    const marked = draftSchema.text('develop', [
      deletion.create(who),
      deletion.create({ ...who, amendmentId: 'other', party: 'Japan' }),
    ]);
    expect(marked.marks).toHaveLength(2);
    const json = doc([
      addresseeGroup(
        ['Secretariat'],
        [
          {
            ...decision('15.AA', [{ type: 'paragraph', content: [marked.toJSON()] }]),
            attrs: { id: 'd1', number: '15.AA', amend: [{ kind: 'delete', ...who }] },
          },
        ],
      ),
    ]);
    const ydoc = new Y.Doc();
    writeDocument(ydoc, json);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const read = readDocument(copy);
    expect(read.eq(draftSchema.nodeFromJSON(json))).toBe(true);
    let entries: unknown[] = [];
    read.descendants((node) => {
      if (node.type.name === 'decision') entries = [...blockAmendsOf(node.attrs)];
      return true;
    });
    expect(entries).toEqual([{ kind: 'delete', ...who }]);
  });
});
