import {
  addresseeGroup,
  decision,
  doc,
  draftSchema,
  paragraph,
  subParagraph,
  toPlainText,
  topic,
} from '@draftroom/document-model';
import type { JSONContent } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { addAddresseeGroup } from './addAddresseeGroup.ts';
import { addDecision } from './addDecision.ts';
import { addSubParagraph } from './addSubParagraph.ts';
import { indentSubParagraph, outdentSubParagraph } from './changeSubParagraphLevel.ts';
import { leaveTopicHeading } from './leaveTopicHeading.ts';
import { decisionNumbers, nextDecisionNumber } from './nextDecisionNumber.ts';
import { setAddressees } from './setAddressees.ts';
import { setDecisionNumber } from './setDecisionNumber.ts';
import { splitSubParagraph } from './splitSubParagraph.ts';

/** A state with the cursor at the end of the first textblock whose text includes `marker`. */
function stateAt(json: JSONContent, marker: string, offset?: number): EditorState {
  const node = draftSchema.nodeFromJSON(json);
  let cursor = -1;
  node.descendants((child, pos) => {
    if (cursor >= 0) return false;
    if (child.isTextblock && child.textContent.includes(marker)) {
      cursor = pos + 1 + (offset ?? child.content.size);
      return false;
    }
    return true;
  });
  if (cursor < 0) throw new Error(`no block contains ${marker}`);
  return EditorState.create({ doc: node, selection: TextSelection.create(node, cursor) });
}

function apply(state: EditorState, command: (s: EditorState, d?: (tr: Transaction) => void) => boolean): EditorState {
  let next = state;
  const ok = command(state, (tr) => {
    next = state.apply(tr);
  });
  expect(ok).toBe(true);
  next.doc.check();
  return next;
}

const type = (state: EditorState, text: string) => state.apply(state.tr.insertText(text));

const sample = () =>
  doc([
    topic('Partnership policy', [
      addresseeGroup(
        ['Secretariat'],
        [decision('15.AA', [paragraph('The Secretariat shall:'), subParagraph('first'), subParagraph('second')])],
      ),
    ]),
  ]);

describe('decision numbers', () => {
  it('takes the next letter pair of the meeting', () => {
    expect(nextDecisionNumber(['15.AA'], '15.AA')).toBe('15.BB');
    expect(nextDecisionNumber(['15.AA', '15.CC', '14.DD'], '15.AA')).toBe('15.DD');
    expect(nextDecisionNumber(['15.ZZ'])).toBe('15.AAA');
    expect(nextDecisionNumber([])).toBe('AA');
    expect(nextDecisionNumber(['15.3'], '15.3')).toBe('15.AA');
  });
});

describe('drafting commands', () => {
  it('adds a decision after the current one with the next placeholder, cursor inside', () => {
    let state = apply(stateAt(sample(), 'second'), addDecision);
    state = type(state, 'The Standing Committee shall review.');
    expect(decisionNumbers(state.doc)).toEqual(['15.AA', '15.BB']);
    expect(toPlainText(state.doc)).toContain('15.BB The Standing Committee shall review.');
  });

  it('adds a decision from the topic heading at the top of its first group', () => {
    const state = apply(stateAt(sample(), 'Partnership'), addDecision);
    expect(decisionNumbers(state.doc)).toEqual(['15.BB', '15.AA']);
  });

  it('adds sub-paragraphs at the level of the current one and relabels the rest', () => {
    let state = apply(stateAt(sample(), 'first'), addSubParagraph);
    state = type(state, 'inserted');
    expect(toPlainText(state.doc)).toContain('a) first\nb) inserted\nc) second');
  });

  it('moves levels with Tab and Shift-Tab, never more than one below the block before', () => {
    let state = apply(stateAt(sample(), 'second'), indentSubParagraph);
    expect(toPlainText(state.doc)).toContain('a) first\n(i) second');
    expect(indentSubParagraph(state)).toBe(false);
    state = apply(state, outdentSubParagraph);
    state = apply(state, outdentSubParagraph);
    expect(toPlainText(state.doc)).toContain('a) first\nsecond');
    expect(indentSubParagraph(stateAt(sample(), 'The Secretariat shall'))).toBe(false);
  });

  it('starts a sibling sub-paragraph on Enter and outdents an empty one', () => {
    let state = apply(stateAt(sample(), 'first'), splitSubParagraph);
    state = type(state, 'new');
    expect(toPlainText(state.doc)).toContain('a) first\nb) new\nc) second');
    state = apply(stateAt(sample(), 'first', 0), addSubParagraph);
    const indented = apply(state, indentSubParagraph);
    expect(toPlainText(indented.doc)).toContain('(i) \n');
    const back = apply(indented, splitSubParagraph);
    expect(toPlainText(back.doc)).toContain('a) first\nb) \nc) second');
  });

  it('leaves the topic heading on Enter instead of splitting it', () => {
    const state = apply(stateAt(sample(), 'Partnership'), leaveTopicHeading);
    expect(state.selection.$from.parent.textContent).toBe('The Secretariat shall:');
  });

  it('adds an addressee group after the current one with a new decision', () => {
    let state = apply(stateAt(sample(), 'second'), addAddresseeGroup(['Parties', 'Standing Committee']));
    state = type(state, 'Parties are encouraged to act.');
    expect(toPlainText(state.doc)).toContain(
      'b) second\nDirected to Parties and the Standing Committee\n15.BB Parties are encouraged to act.',
    );
  });

  it('changes the number and the addressees where the cursor is', () => {
    let state = apply(stateAt(sample(), 'first'), setDecisionNumber(' 15.3 '));
    state = apply(state, setAddressees(['Parties', 'Secretariat']));
    expect(toPlainText(state.doc)).toContain('Directed to Parties and the Secretariat\n15.3 The Secretariat shall:');
  });

  it('refuses what makes no sense where the cursor is', () => {
    const state = stateAt(sample(), 'Partnership');
    expect(addSubParagraph(state)).toBe(false);
    expect(setDecisionNumber('1')(state)).toBe(false);
    expect(setAddressees(['Parties'])(state)).toBe(false);
  });
});
