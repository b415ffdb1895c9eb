import { listAmendments, resolveAmendments } from '@draftroom/amendments';
import type { Command } from '@tiptap/pm/state';
import { untracked } from './untracked.ts';

/**
 * A delegation takes back its own proposal: the text goes back to what it was, as if rejected, but without a
 * verdict, so the record keeper records it as withdrawn by its delegation. The caller checks that it is its own.
 */
export function withdrawAmendment(id: string): Command {
  return (state, dispatch) => {
    if (listAmendments(state.doc, { ids: [id] }).length === 0) return false;
    dispatch?.(untracked(resolveAmendments(state.tr, new Map([[id, 'reject']]))));
    return true;
  };
}
