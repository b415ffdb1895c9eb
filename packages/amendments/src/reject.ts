import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { AmendmentFilter } from './AmendmentFilter.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { decideAmendments } from './decideAmendments.ts';

/** Rejects one amendment: its insertions go, its deletions stay as plain text, its block changes are dropped. */
export function reject(state: EditorState, id: string): Transaction {
  return decideAmendments(state, 'reject', { ids: [id] });
}

/** Rejects every amendment matching the filter: a delegation's, a decision's, a range's, or (`{}`) all. */
export function rejectMany(
  state: EditorState,
  filter: AmendmentFilter = {},
  records?: ReadonlyMap<string, AmendmentRecord>,
): Transaction {
  return decideAmendments(state, 'reject', filter, records);
}
