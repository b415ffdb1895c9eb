import { describe, expect, it } from 'vitest';
import { listAmendments } from './listAmendments.ts';
import { at, BRAZIL, JAPAN, NORWAY, posOf, rangeOf, stateOf, suggest } from './testing/fixtures.ts';

describe('listAmendments', () => {
  it('reads one amendment across text split by formatting, and filters by decision, party, range and status', () => {
    let state = stateOf();
    const policy = rangeOf(state.doc, 'policy on');
    // Italic in the middle of Japan's deletion splits the text into three nodes; still one part.
    state = state.apply(
      state.tr.addMark(policy.from + 2, policy.from + 4, state.schema.marks.italic?.create() as never),
    );
    state = suggest(at(state, policy.from, policy.to), JAPAN, (tr) => tr.deleteSelection());
    const end = posOf(state.doc, 'contribute') + 'contribute'.length;
    state = suggest(at(state, end), NORWAY, (tr) => tr.insertText(' financially'));
    const [japan] = listAmendments(state.doc, { party: 'Japan' });
    expect(japan?.parts).toHaveLength(1);
    expect(japan).toMatchObject({
      kind: 'delete',
      deletedText: 'policy on',
      decisionId: 'decision-aa',
      status: 'proposed',
    });
    expect(listAmendments(state.doc, { decisionId: 'decision-bb' }).map((a) => a.party)).toEqual(['Norway']);
    expect(listAmendments(state.doc, { range: { from: end, to: end } }).map((a) => a.party)).toEqual(['Norway']);
    expect(listAmendments(state.doc, { status: 'accepted' })).toEqual([]);
  });

  it('describes block proposals in words', () => {
    let state = stateOf();
    const groupPos = posOf(state.doc, 'The Secretariat shall') - 3;
    expect(state.doc.nodeAt(groupPos)?.type.name).toBe('addresseeGroup');
    const group = state.schema.nodeFromJSON({
      type: 'addresseeGroup',
      attrs: { addressees: ['Scientific Council'] },
      content: [{ type: 'decision', attrs: { number: '15.DD' }, content: [{ type: 'paragraph' }] }],
    });
    state = suggest(state, BRAZIL, (tr) => tr.insert(groupPos, group));
    const subPos = posOf(state.doc, 'consult') - 1;
    state = suggest(state, JAPAN, (tr) => tr.setNodeAttribute(subPos, 'level', 2));
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Brazil: insert a new addressee group: 'Directed to the Scientific Council'",
      "Japan: move the sub-paragraph 'consult the Parties;' to level 2",
    ]);
  });
});
