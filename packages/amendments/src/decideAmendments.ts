import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { AmendmentFilter } from './AmendmentFilter.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { AMENDMENTS_META, type AmendmentsMeta } from './amendmentsMeta.ts';
import { listAmendments } from './listAmendments.ts';
import { resolveAmendments } from './resolveAmendments.ts';
import type { Verdict } from './Verdict.ts';

/**
 * One transaction deciding every amendment of the state that matches `filter` (records give the status
 * filter something to match). The decided ids travel in the transaction's meta, for the record keeper.
 */
export function decideAmendments(
  state: EditorState,
  verdict: Verdict,
  filter: AmendmentFilter = {},
  records?: ReadonlyMap<string, AmendmentRecord>,
): Transaction {
  const ids = listAmendments(state.doc, filter, records).map((amendment) => amendment.id);
  const tr = resolveAmendments(state.tr, new Map(ids.map((id) => [id, verdict])));
  const meta: AmendmentsMeta = { type: 'resolved', verdict, ids };
  return tr.setMeta(AMENDMENTS_META, meta);
}
