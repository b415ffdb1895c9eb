import type { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { accept, acceptMany } from './accept.ts';
import { amendmentsMetaOf } from './amendmentsMeta.ts';
import { baseText } from './baseText.ts';
import { listAmendments } from './listAmendments.ts';
import { proposedText } from './proposedText.ts';
import { reject, rejectMany } from './reject.ts';
import { suggestTransaction } from './suggestTransaction.ts';
import { at, BRAZIL, idOf, JAPAN, NORWAY, posOf, printed, rangeOf, stateOf, suggest } from './testing/fixtures.ts';

/** Brazil replaces a word in 15.AA, Japan deletes a phrase in 15.AA, Norway adds words to 15.BB. */
function negotiated(): EditorState {
  let state = stateOf();
  const word = rangeOf(state.doc, 'develop');
  state = suggest(at(state, word.from, word.to), BRAZIL, (tr) => tr.insertText('prepare'));
  const phrase = rangeOf(state.doc, ' on partnerships');
  state = suggest(at(state, phrase.from, phrase.to), JAPAN, (tr) => tr.deleteSelection());
  const end = posOf(state.doc, 'contribute') + 'contribute'.length;
  return suggest(at(state, end), NORWAY, (tr) => tr.insertText(' financially'));
}

const lines = (state: EditorState) => printed(state.doc).split('\n');

describe('accept and reject', () => {
  it('accepts one replacement: the new word stays, the old goes, the others stay pending', () => {
    const state = negotiated();
    const brazil = idOf(state.doc, 'Brazil');
    const tr = accept(state, brazil);
    expect(amendmentsMetaOf(tr)).toEqual({ type: 'resolved', verdict: 'accept', ids: [brazil] });
    const next = state.apply(tr);
    expect(lines(next)[2]).toBe('15.AA The Secretariat shall prepare a policy on partnerships.');
    expect(listAmendments(next.doc).map((a) => a.party)).toEqual(['Japan', 'Norway']);
  });

  it('rejects one replacement: the old word stays, the new goes', () => {
    const state = negotiated();
    const next = state.apply(reject(state, idOf(state.doc, 'Brazil')));
    expect(lines(next)[2]).toBe('15.AA The Secretariat shall develop a policy on partnerships.');
  });

  it('decides by delegation, by decision, by range, or everything', () => {
    const state = negotiated();
    const byParty = state.apply(acceptMany(state, { party: 'Japan' }));
    expect(lines(byParty)[2]).toBe('15.AA The Secretariat shall developprepare a policy.');
    const byDecision = state.apply(rejectMany(state, { decisionId: 'decision-aa' }));
    expect(listAmendments(byDecision.doc).map((a) => a.party)).toEqual(['Norway']);
    const contribute = rangeOf(state.doc, 'contribute');
    const byRange = state.apply(acceptMany(state, { range: contribute }));
    expect(lines(byRange)[5]).toBe('15.BB Parties are invited to contribute financially.');
    expect(listAmendments(byRange.doc)).toHaveLength(2);
    const all = state.apply(acceptMany(state));
    expect(all.doc.eq(proposedText(state.doc))).toBe(true);
    expect(listAmendments(all.doc)).toEqual([]);
    const none = state.apply(rejectMany(state));
    expect(none.doc.eq(stateOf().doc)).toBe(false); // fresh fixture ids; the text is what matters
    expect(printed(none.doc)).toBe(printed(stateOf().doc));
  });

  it('decides the status filter from the records it is given', () => {
    const state = negotiated();
    const [brazil] = listAmendments(state.doc, { party: 'Brazil' });
    const records = new Map([
      [
        brazil?.id ?? '',
        {
          ...(brazil as NonNullable<typeof brazil>),
          rationale: '',
          supporters: [],
          opponents: [],
          status: 'withdrawn' as const,
          history: [],
        },
      ],
    ]);
    const next = state.apply(rejectMany(state, { status: 'proposed' }, records));
    expect(listAmendments(next.doc).map((a) => a.party)).toEqual(['Brazil']);
  });

  it('leaves the other Party’s mark when one of two overlapping deletions is rejected, and deletes once when both are accepted', () => {
    let state = stateOf();
    const phrase = rangeOf(state.doc, 'develop a policy');
    state = suggest(at(state, phrase.from, phrase.to), BRAZIL, (tr) => tr.deleteSelection());
    // Japan's deletion starts inside Brazil's and runs past it: 'a policy on'.
    const from = posOf(state.doc, 'a policy');
    state = suggest(at(state, from, posOf(state.doc, 'on partnerships') + 2), JAPAN, (tr) => tr.deleteSelection());
    const rejectedBrazil = state.apply(rejectMany(state, { party: 'Brazil' }));
    expect(listAmendments(rejectedBrazil.doc).map((a) => a.description)).toEqual(["Japan: delete 'a policy on'"]);
    expect(lines(state.apply(acceptMany(state)))[2]).toBe('15.AA The Secretariat shall  partnerships.');
  });

  it('applies competing proposals for one number in the order accepted; rejecting one leaves the other', () => {
    let state = stateOf();
    const decisionPos = posOf(state.doc, 'The Secretariat shall') - 2;
    state = suggest(state, BRAZIL, (tr) => tr.setNodeAttribute(decisionPos, 'number', '15.1'));
    state = suggest(state, JAPAN, (tr) => tr.setNodeAttribute(decisionPos, 'number', '15.2'));
    const [brazil, japan] = [idOf(state.doc, 'Brazil'), idOf(state.doc, 'Japan')];
    const brazilFirst = state.apply(accept(state, brazil));
    expect(brazilFirst.doc.nodeAt(decisionPos)?.attrs.number).toBe('15.1');
    expect(listAmendments(brazilFirst.doc).map((a) => a.description)).toEqual([
      'Japan: renumber decision 15.1 as 15.2',
    ]);
    const thenJapan = brazilFirst.apply(accept(brazilFirst, japan));
    expect(thenJapan.doc.nodeAt(decisionPos)?.attrs.number).toBe('15.2');
    expect(state.apply(reject(state, japan)).doc.nodeAt(decisionPos)?.attrs.number).toBe('15.AA');
  });

  it('is not itself tracked when the chair decides while suggesting', () => {
    const state = negotiated();
    const tr = acceptMany(state, { party: 'Norway' });
    expect(suggestTransaction(state, tr, BRAZIL)).toBe(tr);
  });
});

describe('base and proposed text', () => {
  it('shows the document as if every pending amendment were rejected, or accepted', () => {
    const state = negotiated();
    expect(printed(baseText(state.doc))).toBe(printed(stateOf().doc));
    expect(printed(proposedText(state.doc)).split('\n')).toEqual([
      'PARTNERSHIP POLICY',
      'Directed to the Secretariat',
      '15.AA The Secretariat shall prepare a policy.',
      'a) consult the Parties;',
      'b) report to the Standing Committee.',
      '15.BB Parties are invited to contribute financially.',
    ]);
  });

  it('keeps both of two insertions at the same place in the proposed text', () => {
    let state = stateOf();
    const pos = posOf(state.doc, ' a policy');
    state = suggest(at(state, pos), BRAZIL, (tr) => tr.insertText(' and adopt'));
    state = suggest(at(state, pos), JAPAN, (tr) => tr.insertText(' jointly'));
    expect(printed(proposedText(state.doc)).split('\n')[2]).toBe(
      '15.AA The Secretariat shall develop jointly and adopt a policy on partnerships.',
    );
  });
});
