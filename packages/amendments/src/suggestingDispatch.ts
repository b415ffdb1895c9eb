import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { Actor } from './Actor.ts';
import type { SuggestOptions } from './SuggestContext.ts';
import { suggestTransaction } from './suggestTransaction.ts';

export interface SuggestingMode {
  /** Who is proposing; null turns suggesting off (the chair editing directly). */
  actor: () => Actor | null;
  options?: SuggestOptions;
}

/**
 * Wraps a ProseMirror `dispatchTransaction` so that, while an actor is set, every user transaction is turned
 * into proposals before it is applied; refused transactions are dropped. The TipTap extension
 * `SuggestChanges` does the same through TipTap's dispatch hook.
 */
export function suggestingDispatch(
  dispatch: (tr: Transaction) => void,
  getState: () => EditorState,
  mode: SuggestingMode,
): (tr: Transaction) => void {
  return (tr) => {
    const actor = mode.actor();
    if (!actor) return dispatch(tr);
    const tracked = suggestTransaction(getState(), tr, actor, mode.options);
    if (tracked) dispatch(tracked);
  };
}
