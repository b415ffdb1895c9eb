import { type Decider, keepRecords, listAmendments, readAmendmentRecords } from '@draftroom/amendments';
import { draftSchema, toPlainText } from '@draftroom/document-model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BRAZIL, proposedState } from '../../amendments/testDocument.ts';
import { acceptAmendment, decideAmendments, rejectAmendment } from './decideAmendments.ts';
import { withdrawAmendment } from './withdrawAmendment.ts';

const CHAIR: Decider = { by: 'Amina Diallo', party: null };
const BRAZIL_DECIDER: Decider = { by: BRAZIL.author, party: BRAZIL.party };

/** A shared document holding `state`, with the records its proposers would have written. */
function recorded(state: EditorState): Y.Doc {
  const ydoc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(draftSchema, state.doc.toJSON(), ydoc.getXmlFragment('content'));
  const empty = EditorState.create({
    doc: draftSchema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] }),
  });
  const all = empty.tr.replaceWith(0, empty.doc.content.size, state.doc.content);
  keepRecords(ydoc, all, BRAZIL_DECIDER);
  return ydoc;
}

function run(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean) {
  let applied: Transaction | null = null;
  const ok = command(state, (tr) => {
    applied = tr;
  });
  return { ok, tr: applied as Transaction | null };
}

describe('deciding and withdrawing amendments', () => {
  const state = proposedState();
  const [norway, brazil] = listAmendments(state.doc).map((a) => a.id) as [string, string];

  it('accepts one and rejects another, outside the undo history', () => {
    const accepted = run(state, acceptAmendment(brazil));
    expect(accepted.ok).toBe(true);
    expect(accepted.tr?.getMeta('addToHistory')).toBe(false);
    const after = state.apply(accepted.tr as Transaction);
    expect(toPlainText(after.doc)).toContain('The Secretariat shall prepare a policy.');
    const rejected = run(after, rejectAmendment(norway));
    expect(toPlainText(after.apply(rejected.tr as Transaction).doc)).toContain('shall review values.');
    expect(run(after, acceptAmendment(brazil)).ok).toBe(false);
  });

  it('decides many by delegation, with the status filter read from the records', () => {
    const ydoc = recorded(state);
    const records = readAmendmentRecords(ydoc);
    const result = run(state, decideAmendments('accept', { party: 'Norway', status: 'proposed' }, records));
    expect(result.ok).toBe(true);
    const after = state.apply(result.tr as Transaction);
    expect(toPlainText(after.doc)).toContain('review warmly values');
    expect(listAmendments(after.doc).map((a) => a.id)).toEqual([brazil]);
    keepRecords(ydoc, result.tr as Transaction, CHAIR);
    expect(readAmendmentRecords(ydoc).get(norway)?.history.at(-1)).toMatchObject({
      status: 'accepted',
      by: 'Amina Diallo',
      party: null,
    });
  });

  it('withdraws a delegation’s own proposal: the text goes back, the record says withdrawn', () => {
    const ydoc = recorded(state);
    const result = run(state, withdrawAmendment(brazil));
    expect(result.ok).toBe(true);
    const after = state.apply(result.tr as Transaction);
    expect(toPlainText(after.doc)).toContain('The Secretariat shall develop a policy.');
    keepRecords(ydoc, result.tr as Transaction, BRAZIL_DECIDER);
    expect(
      readAmendmentRecords(ydoc)
        .get(brazil)
        ?.history.map((h) => `${h.status} by ${h.by}`),
    ).toEqual(['proposed by Ana Souza', 'withdrawn by Ana Souza']);
    expect(readAmendmentRecords(ydoc).get(norway)?.status).toBe('proposed');
  });
});
