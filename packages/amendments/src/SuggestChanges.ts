import { Extension } from '@tiptap/core';
import type { Actor } from './Actor.ts';
import { suggestTransaction } from './suggestTransaction.ts';

export interface SuggestChangesOptions {
  /** The delegation and delegate typing in this editor; null for a chair or secretariat without a Party. */
  actor: Actor | null;
  /** Whether suggesting mode starts on. Delegates are always suggesting; the chair may switch. */
  enabled: boolean;
}

export interface SuggestChangesStorage {
  /** Switch suggesting mode at run time: `editor.storage.suggestChanges.enabled = false`. */
  enabled: boolean;
}

declare module '@tiptap/core' {
  interface Storage {
    suggestChanges: SuggestChangesStorage;
  }
}

/**
 * Suggesting mode for a TipTap editor: every transaction the user makes is turned into tracked proposals by
 * `suggestTransaction` before it reaches the state (TipTap's dispatchTransaction hook, so that the
 * Collaboration sync and history see only the tracked transaction).
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions, SuggestChangesStorage>({
  name: 'suggestChanges',
  addOptions: () => ({ actor: null, enabled: false }),
  addStorage() {
    return { enabled: this.options.enabled };
  },
  dispatchTransaction({ transaction, next }) {
    const actor = this.options.actor;
    if (!this.storage.enabled || !actor) return next(transaction);
    const tracked = suggestTransaction(this.editor.state, transaction, actor);
    if (tracked) next(tracked);
  },
});
