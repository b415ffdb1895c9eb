import {
  type AmendmentFilter,
  type AmendmentRecord,
  decideAmendments as engineDecide,
  listAmendments,
  type Verdict,
} from '@draftroom/amendments';
import type { Command } from '@tiptap/pm/state';

/**
 * The chair accepts or rejects every pending amendment in the text that matches `filter` (`{ids: [id]}` for
 * one), in one transaction; false when none matches. A decision is not undone with Ctrl+Z: the record has
 * already said who decided, and the server takes a decided amendment back only as a new proposal.
 */
export function decideAmendments(
  verdict: Verdict,
  filter: AmendmentFilter,
  records?: ReadonlyMap<string, AmendmentRecord>,
): Command {
  return (state, dispatch) => {
    if (listAmendments(state.doc, filter, records).length === 0) return false;
    dispatch?.(engineDecide(state, verdict, filter, records).setMeta('addToHistory', false));
    return true;
  };
}

export const acceptAmendment = (id: string): Command => decideAmendments('accept', { ids: [id] });
export const rejectAmendment = (id: string): Command => decideAmendments('reject', { ids: [id] });
