import { type Actor, suggestTransaction } from '@draftroom/amendments';
import { addresseeGroup, decision, doc, draftSchema, paragraph, topic } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';

/** For unit tests: delegations and the chair, as the identity module names them. */
export const BRAZIL: Actor = { party: 'Brazil', author: 'Ana Souza' };
export const NORWAY: Actor = { party: 'Norway', author: 'Ingrid Berg' };

/** For unit tests: two topics, each with one decision numbered 14.AA, as drafts have them. */
export function testState(): EditorState {
  const json = doc([
    topic(
      'Cultural values',
      [
        addresseeGroup(
          ['Secretariat'],
          [decision('14.AA', [paragraph('The Secretariat shall review values.', 'p-1')], 'd-1')],
          'g-1',
        ),
      ],
      't-1',
    ),
    topic(
      'Partnership policy',
      [
        addresseeGroup(
          ['Secretariat'],
          [decision('14.AA', [paragraph('The Secretariat shall develop a policy.', 'p-2')], 'd-2')],
          'g-2',
        ),
      ],
      't-2',
    ),
  ]);
  return EditorState.create({ doc: draftSchema.nodeFromJSON(json) });
}

/** Position just before `text` in the document (first occurrence, within one text node). */
export function posOf(node: PMNode, text: string): number {
  let found = -1;
  node.descendants((child, pos) => {
    if (found >= 0) return false;
    const index = child.isText ? (child.text ?? '').indexOf(text) : -1;
    if (index >= 0) found = pos + index;
    return true;
  });
  if (found < 0) throw new Error(`"${text}" not found`);
  return found;
}

/** Applies a user edit in suggesting mode as `actor`, with the selection set first. */
export function suggest(
  state: EditorState,
  actor: Actor,
  from: number,
  to: number,
  edit: (tr: Transaction) => void,
): EditorState {
  const placed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
  const tr = placed.tr;
  edit(tr);
  const tracked = suggestTransaction(placed, tr, actor);
  return tracked ? placed.apply(tracked) : placed;
}

/** Brazil replaces "develop" with "prepare" and Norway inserts " warmly" after "review". */
export function proposedState(): EditorState {
  let state = testState();
  const develop = posOf(state.doc, 'develop');
  state = suggest(state, BRAZIL, develop, develop + 'develop'.length, (tr) => tr.insertText('prepare'));
  const review = posOf(state.doc, 'review') + 'review'.length;
  return suggest(state, NORWAY, review, review, (tr) => tr.insertText(' warmly'));
}
