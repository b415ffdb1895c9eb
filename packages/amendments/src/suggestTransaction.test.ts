import { blockAmendsOf } from '@draftroom/document-model';
import { TextSelection } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { baseText } from './baseText.ts';
import { listAmendments } from './listAmendments.ts';
import { proposedText } from './proposedText.ts';
import { suggestTransaction } from './suggestTransaction.ts';
import { at, BRAZIL, JAPAN, posOf, printed, rangeOf, stateOf, suggest } from './testing/fixtures.ts';
import { idAt, marksAt } from './testing/marksAt.ts';

const FIRST = 'The Secretariat shall develop a policy on partnerships.';

/** The first paragraph of decision 15.AA, as base and as proposed. */
const firstLine = (node: Parameters<typeof printed>[0]) => printed(node).split('\n')[2];

describe('suggestTransaction: typing', () => {
  it('marks typed text as inserted by the delegation, one amendment for a word typed key by key', () => {
    let state = stateOf();
    state = at(state, posOf(state.doc, ' a policy'));
    for (const char of ' and adopt') state = suggest(state, BRAZIL, (tr) => tr.insertText(char));
    const amendments = listAmendments(state.doc);
    expect(amendments.map((a) => a.description)).toEqual(["Brazil: insert 'and adopt'"]);
    expect(amendments[0]?.author).toBe('Ana Souza');
    expect(firstLine(proposedText(state.doc))).toBe(
      '15.AA The Secretariat shall develop and adopt a policy on partnerships.',
    );
    expect(firstLine(state.doc)).toBe('15.AA The Secretariat shall develop and adopt a policy on partnerships.');
    expect(state.selection.head).toBe(posOf(state.doc, ' a policy'));
  });

  it('keeps the deleted text, struck through, and moves the cursor over it on Backspace', () => {
    let state = stateOf();
    const end = posOf(state.doc, ' a policy');
    state = at(state, end);
    for (let i = 0; i < 'develop'.length; i++) {
      const head = state.selection.head;
      state = suggest(state, BRAZIL, (tr) => tr.delete(head - 1, head));
    }
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: delete 'develop'"]);
    expect(state.doc.textBetween(end - 7, end)).toBe('develop');
    expect(state.selection.head).toBe(end - 7);
    expect(firstLine(proposedText(state.doc))).toBe('15.AA The Secretariat shall  a policy on partnerships.');
  });

  it('moves forward over the struck text on Delete', () => {
    let state = stateOf();
    const start = posOf(state.doc, 'develop');
    state = at(state, start);
    for (let i = 0; i < 3; i++) {
      const head = state.selection.head;
      state = suggest(state, BRAZIL, (tr) => tr.delete(head, head + 1));
    }
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: delete 'dev'"]);
    expect(state.selection.head).toBe(start + 3);
  });

  it('turns typing over a selection into one replacement, the insertion right after the deletion', () => {
    let state = stateOf();
    const { from, to } = rangeOf(state.doc, 'develop');
    state = at(state, from, to);
    state = suggest(state, BRAZIL, (tr) => tr.insertText('p'));
    for (const char of 'repare') state = suggest(state, BRAZIL, (tr) => tr.insertText(char));
    const [amendment] = listAmendments(state.doc);
    expect(amendment?.kind).toBe('replace');
    expect(amendment?.description).toBe("Brazil: replace 'develop' with 'prepare'");
    expect(state.doc.textBetween(from, from + 14)).toBe('developprepare');
    expect(idAt(state.doc, from, 'deletion')).toBe(idAt(state.doc, to, 'insertion'));
  });

  it('makes typing right after its own deletion a replacement', () => {
    let state = stateOf();
    const { from, to } = rangeOf(state.doc, 'develop');
    state = suggest(at(state, from, to), BRAZIL, (tr) => tr.deleteSelection());
    expect(state.selection.head).toBe(to);
    state = suggest(state, BRAZIL, (tr) => tr.insertText('prepare'));
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: replace 'develop' with 'prepare'"]);
  });

  it('does not touch remote, history or its own transactions', () => {
    const state = stateOf();
    const remote = state.tr.insertText('x', 5).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(suggestTransaction(state, remote, BRAZIL)).toBe(remote);
    const undo = state.tr.insertText('x', 5).setMeta('history$', { redo: false });
    expect(suggestTransaction(state, undo, BRAZIL)).toBe(undo);
    const selectionOnly = state.tr.setSelection(state.selection);
    expect(suggestTransaction(state, selectionOnly, BRAZIL)).toBe(selectionOnly);
  });

  it('refuses formatting, which is not a proposal a Party can make', () => {
    const state = stateOf();
    const { from, to } = rangeOf(state.doc, 'develop');
    const bold = state.tr.addMark(from, to, state.schema.marks.bold?.create() as never);
    expect(suggestTransaction(state, bold, BRAZIL)).toBeNull();
  });
});

describe('suggestTransaction: editing one own proposal, and others’', () => {
  it('really deletes inside its own pending insertion, and deleting all of it withdraws it', () => {
    let state = stateOf();
    const start = posOf(state.doc, ' a policy');
    state = suggest(at(state, start), BRAZIL, (tr) => tr.insertText(' and adopt'));
    state = suggest(at(state, start + 4, start + 10), BRAZIL, (tr) => tr.deleteSelection());
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: insert 'and'"]);
    state = suggest(at(state, start, start + 4), BRAZIL, (tr) => tr.deleteSelection());
    expect(listAmendments(state.doc)).toEqual([]);
    expect(state.doc.eq(stateOf().doc)).toBe(false); // ids differ between two fixtures; compare text
    expect(printed(state.doc)).toBe(printed(stateOf().doc));
  });

  it('typing over its own insertion keeps the same amendment', () => {
    let state = stateOf();
    const start = posOf(state.doc, ' a policy');
    state = suggest(at(state, start), BRAZIL, (tr) => tr.insertText(' and adopt'));
    const id = listAmendments(state.doc)[0]?.id;
    state = suggest(at(state, start + 1, start + 10), BRAZIL, (tr) => tr.insertText('or revise'));
    const amendments = listAmendments(state.doc);
    expect(amendments.map((a) => [a.id, a.description])).toEqual([[id, "Brazil: insert 'or revise'"]]);
  });

  it('strikes through another Party’s pending insertion instead of deleting it', () => {
    let state = stateOf();
    const start = posOf(state.doc, ' a policy');
    state = suggest(at(state, start), BRAZIL, (tr) => tr.insertText(' and adopt'));
    state = suggest(at(state, start + 4, start + 10), JAPAN, (tr) => tr.deleteSelection());
    expect(state.doc.textBetween(start, start + 10)).toBe(' and adopt');
    expect(marksAt(state.doc, start + 5)).toEqual(['deletion:Japan', 'insertion:Brazil']);
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Brazil: insert ' and adopt'".replace("' and", "'and"),
      "Japan: delete 'adopt'",
    ]);
    expect(firstLine(proposedText(state.doc))).toBe(
      '15.AA The Secretariat shall develop and a policy on partnerships.',
    );
    expect(firstLine(baseText(state.doc))).toBe(`15.AA ${FIRST}`);
  });

  it('does not carry another Party’s deletion mark onto text typed inside the struck words', () => {
    let state = stateOf();
    const phrase = rangeOf(state.doc, 'develop a policy');
    state = suggest(at(state, phrase.from, phrase.to), BRAZIL, (tr) => tr.deleteSelection());
    const inside = posOf(state.doc, ' a policy');
    state = suggest(at(state, inside), JAPAN, (tr) => tr.insertText(' and adopt'));
    expect(marksAt(state.doc, inside + 1)).toEqual(['insertion:Japan']);
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Brazil: delete 'develop a policy'",
      "Japan: insert 'and adopt'",
    ]);
  });

  it('gives text typed next to another Party’s insertion a new amendment of the typist’s Party', () => {
    let state = stateOf();
    const start = posOf(state.doc, ' a policy');
    state = suggest(at(state, start), BRAZIL, (tr) => tr.insertText(' and adopt'));
    state = suggest(state, JAPAN, (tr) => tr.insertText(' swiftly'));
    const [brazil, japan] = listAmendments(state.doc);
    expect(japan?.party).toBe('Japan');
    expect(japan?.id).not.toBe(brazil?.id);
    expect(japan?.description).toBe("Japan: insert 'swiftly'");
  });
});

describe('suggestTransaction: paragraphs', () => {
  it('proposes a paragraph break on Enter, and rejecting it joins the paragraph again', () => {
    let state = stateOf();
    const pos = posOf(state.doc, ' on partnerships');
    state = suggest(at(state, pos), BRAZIL, (tr) => tr.split(pos));
    const lines = printed(state.doc).split('\n');
    expect(lines.slice(2, 4)).toEqual(['15.AA The Secretariat shall develop a policy', ' on partnerships.']);
    expect(state.selection.$head.parentOffset).toBe(0);
    const [amendment] = listAmendments(state.doc);
    expect(amendment?.kind).toBe('split');
    expect(printed(baseText(state.doc))).toBe(printed(stateOf().doc));
    const second = state.doc.resolve(state.selection.head).parent;
    expect(second.attrs.id).toEqual(expect.any(String));
    expect(blockAmendsOf(second.attrs).map((e) => e.kind)).toEqual(['split']);
  });

  it('fills its own new paragraph with the same amendment, and Backspace at its start joins it for real', () => {
    let state = stateOf();
    const end = posOf(state.doc, 'partnerships.') + 'partnerships.'.length;
    state = suggest(at(state, end), BRAZIL, (tr) => tr.split(end));
    state = suggest(state, BRAZIL, (tr) => tr.insertText('It shall report.'));
    const amendments = listAmendments(state.doc);
    expect(amendments.map((a) => a.description)).toEqual(["Brazil: insert a new paragraph: 'It shall report.'"]);
    const start = posOf(state.doc, 'It shall');
    state = suggest(at(state, start), BRAZIL, (tr) => tr.delete(start - 2, start));
    expect(firstLine(state.doc)).toBe(`15.AA ${FIRST}It shall report.`);
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: insert 'It shall report.'"]);
  });

  it('proposes joining when Backspace removes a break that is not its own', () => {
    let state = stateOf();
    const start = posOf(state.doc, 'consult');
    state = suggest(at(state, start), JAPAN, (tr) => tr.delete(start - 2, start));
    const [join] = listAmendments(state.doc);
    expect(join?.kind).toBe('join');
    expect(printed(state.doc)).toBe(printed(stateOf().doc));
    expect(firstLine(proposedText(state.doc))).toBe(`15.AA ${FIRST}consult the Parties;`);
  });

  it('strikes a deletion across paragraphs and joins them when accepted', () => {
    let state = stateOf();
    const from = posOf(state.doc, 'on partnerships');
    const to = posOf(state.doc, 'the Parties');
    state = suggest(at(state, from, to), JAPAN, (tr) => tr.deleteSelection());
    const [amendment] = listAmendments(state.doc);
    expect(amendment?.kind).toBe('delete');
    expect(amendment?.description).toBe("Japan: delete 'on partnerships. consult'");
    expect(firstLine(proposedText(state.doc))).toBe('15.AA The Secretariat shall develop a policy the Parties;');
    expect(printed(baseText(state.doc))).toBe(printed(stateOf().doc));
  });
});

describe('suggestTransaction: blocks', () => {
  it('proposes a whole selected block for deletion instead of deleting it', () => {
    let state = stateOf();
    const decisionPos = posOf(state.doc, 'Parties are invited') - 2;
    const node = state.doc.nodeAt(decisionPos);
    expect(node?.type.name).toBe('decision');
    state = suggest(state, JAPAN, (tr) => tr.delete(decisionPos, decisionPos + (node?.nodeSize ?? 0)));
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(['Japan: delete decision 15.BB']);
    expect(printed(proposedText(state.doc))).not.toContain('15.BB');
    expect(printed(baseText(state.doc))).toBe(printed(stateOf().doc));
  });

  it('proposes a new decision inserted between decisions', () => {
    let state = stateOf();
    const before = posOf(state.doc, 'Parties are invited') - 2;
    const decision = state.schema.nodeFromJSON({
      type: 'decision',
      attrs: { number: '15.CC' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The Standing Committee shall review.' }] }],
    });
    state = suggest(state, BRAZIL, (tr) => tr.insert(before, decision));
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Brazil: insert a new decision 15.CC: 'The Standing Committee shall review.'",
    ]);
    expect(printed(baseText(state.doc))).toBe(printed(stateOf().doc));
    expect(printed(proposedText(state.doc))).toContain('15.CC The Standing Committee shall review.');
  });

  it('keeps the cursor a command puts inside the block it inserts, so typing fills the new block', () => {
    let state = stateOf();
    const before = posOf(state.doc, 'Parties are invited') - 2;
    const decision = state.schema.nodeFromJSON({
      type: 'decision',
      attrs: { number: '15.CC' },
      content: [{ type: 'paragraph' }],
    });
    state = suggest(state, BRAZIL, (tr) =>
      tr.insert(before, decision).setSelection(TextSelection.create(tr.doc, before + 2)),
    );
    state = suggest(state, BRAZIL, (tr) => tr.insertText('The Standing Committee shall review.'));
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Brazil: insert a new decision 15.CC: 'The Standing Committee shall review.'",
    ]);
  });

  it('proposes a new number instead of changing it, and a new list of addressees', () => {
    let state = stateOf();
    const decisionPos = posOf(state.doc, 'The Secretariat shall') - 2;
    state = suggest(state, BRAZIL, (tr) => tr.setNodeAttribute(decisionPos, 'number', '15.1'));
    expect(state.doc.nodeAt(decisionPos)?.attrs.number).toBe('15.AA');
    state = suggest(state, BRAZIL, (tr) => tr.setNodeAttribute(decisionPos, 'number', '15.2'));
    const groupPos = decisionPos - 1;
    state = suggest(state, JAPAN, (tr) =>
      tr.setNodeMarkup(groupPos, undefined, {
        ...state.doc.nodeAt(groupPos)?.attrs,
        addressees: ['Parties', 'Secretariat'],
      }),
    );
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual([
      "Japan: change 'Directed to the Secretariat' to 'Directed to Parties and the Secretariat'",
      'Brazil: renumber decision 15.AA as 15.2',
    ]);
    const proposed = printed(proposedText(state.doc));
    expect(proposed).toContain('Directed to Parties and the Secretariat\n15.2 The Secretariat');
    state = suggest(state, BRAZIL, (tr) => tr.setNodeAttribute(decisionPos, 'number', '15.AA'));
    expect(listAmendments(state.doc).map((a) => a.party)).toEqual(['Japan']);
  });
});
