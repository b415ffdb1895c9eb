import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { AmendmentFilter } from './AmendmentFilter.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { decideAmendments } from './decideAmendments.ts';

/** Accepts one amendment: its insertions become plain text, its deletions go, its block changes apply. */
export function accept(state: EditorState, id: string): Transaction {
  return decideAmendments(state, 'accept', { ids: [id] });
}

/** Accepts every amendment matching the filter: a delegation's, a decision's, a range's, or (`{}`) all. */
export function acceptMany(
  state: EditorState,
  filter: AmendmentFilter = {},
  records?: ReadonlyMap<string, AmendmentRecord>,
): Transaction {
  return decideAmendments(state, 'accept', filter, records);
}
