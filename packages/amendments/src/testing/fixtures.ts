import {
  addresseeGroup,
  decision,
  doc,
  draftSchema,
  type JSONContent,
  paragraph,
  subParagraph,
  toPlainText,
  topic,
} from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Actor } from '../Actor.ts';
import { listAmendments } from '../listAmendments.ts';
import { suggestTransaction } from '../suggestTransaction.ts';

/** For tests: three delegations and one delegate each. */
export const BRAZIL: Actor = { party: 'Brazil', author: 'Ana Souza' };
export const JAPAN: Actor = { party: 'Japan', author: 'Kenji Sato' };
export const NORWAY: Actor = { party: 'Norway', author: 'Ingrid Berg' };

/** For tests: a draft decision block as the secretariat publishes it. */
export function draftJSON(): JSONContent {
  return doc([
    topic('Partnership policy', [
      addresseeGroup(
        ['Secretariat'],
        [
          decision(
            '15.AA',
            [
              paragraph('The Secretariat shall develop a policy on partnerships.'),
              subParagraph('consult the Parties;'),
              subParagraph('report to the Standing Committee.'),
            ],
            'decision-aa',
          ),
          decision('15.BB', [paragraph('Parties are invited to contribute.')], 'decision-bb'),
        ],
        'group-1',
      ),
    ]),
  ]);
}

export function stateOf(json: JSONContent = draftJSON()): EditorState {
  return EditorState.create({ doc: draftSchema.nodeFromJSON(json) });
}

/** Position just before the `occurrence`-th appearance of `text` (0-based) within one text node. */
export function posOf(node: PMNode, text: string, occurrence = 0): number {
  let seen = 0;
  let found = -1;
  node.descendants((child, pos) => {
    if (found >= 0 || !child.isText) return found < 0;
    let index = (child.text ?? '').indexOf(text);
    while (index >= 0 && found < 0) {
      if (seen === occurrence) found = pos + index;
      seen++;
      index = (child.text ?? '').indexOf(text, index + 1);
    }
    return false;
  });
  if (found < 0) throw new Error(`"${text}" not found`);
  return found;
}

/** Range of `text` in the document. */
export function rangeOf(node: PMNode, text: string, occurrence = 0): { from: number; to: number } {
  const from = posOf(node, text, occurrence);
  return { from, to: from + text.length };
}

/** The transaction a user edit becomes in suggesting mode as `actor` (null when refused). */
export function suggested(state: EditorState, actor: Actor, edit: (tr: Transaction) => void): Transaction | null {
  const tr = state.tr;
  edit(tr);
  return suggestTransaction(state, tr, actor);
}

/** Applies a user edit in suggesting mode as `actor`, the way the editor's dispatch would. */
export function suggest(state: EditorState, actor: Actor, edit: (tr: Transaction) => void): EditorState {
  const tracked = suggested(state, actor, edit);
  return tracked ? state.apply(tracked) : state;
}

/** Sets the selection then edits: what a keystroke with the cursor there does. */
export function at(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

export const printed = (node: PMNode) => toPlainText(node);

/** The id of the (first) amendment of `party` in the document. */
export function idOf(node: PMNode, party: string): string {
  const found = listAmendments(node, { party })[0];
  if (!found) throw new Error(`no amendment of ${party}`);
  return found.id;
}
