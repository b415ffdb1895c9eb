import { type Decider, keepRecords, readAmendmentRecords, restoreLostBlockEntries } from '@draftroom/amendments';
import { Extension } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

export interface RecordKeepingOptions {
  ydoc: Y.Doc | null;
  /** Who the record names for what this editor does; null for an editor that never writes (observers). */
  decider: Decider | null;
  /** The name this editor proposes in, whose block proposals it puts back after a concurrent overwrite. */
  party: string | null;
}

/** Labels the transaction that puts back lost block proposals: it changes no record. */
const RESTORED = 'draftroomRestoredEntries';

/**
 * A remote change that overwrote one of our block proposals is repaired a moment later, once the record of a
 * decision that arrived with it (it follows the text in a separate update) has had time to arrive too.
 */
const RESTORE_DELAY_MS = 200;

interface SyncMeta {
  isChangeOrigin?: boolean;
  isUndoRedoOperation?: boolean;
}

/**
 * Keeps the `amendments` record in step with the text, as the engine asks: every LOCAL transaction (typing,
 * a decision, a withdrawal, Yjs undo and redo, which arrive through the sync plugin) goes to `keepRecords`;
 * after every REMOTE one, our own block proposals that a concurrent write overwrote are put back
 * (`restoreLostBlockEntries`). Remote changes are recorded by the client that made them.
 */
export const RecordKeeping = Extension.create<RecordKeepingOptions>({
  name: 'recordKeeping',
  addOptions: () => ({ ydoc: null, decider: null, party: null }),

  onTransaction({ transaction, appendedTransactions }) {
    const { ydoc, decider, party } = this.options;
    if (!ydoc || !decider) return;
    const editor = this.editor;

    const restoreAfter = (before: Transaction['before']) => {
      if (!party) return;
      setTimeout(() => {
        if (editor.isDestroyed || !editor.isEditable) return;
        const tr = restoreLostBlockEntries(before, editor.state, party, readAmendmentRecords(ydoc));
        if (tr) editor.view.dispatch(tr.setMeta(RESTORED, true));
      }, RESTORE_DELAY_MS);
    };

    for (const tr of [transaction, ...appendedTransactions]) {
      if (!tr.docChanged || tr.getMeta(RESTORED)) continue;
      const sync = tr.getMeta(ySyncPluginKey) as SyncMeta | undefined;
      if (sync?.isChangeOrigin && !sync.isUndoRedoOperation) {
        restoreAfter(tr.before);
      } else if (sync?.isUndoRedoOperation) {
        // Yjs undo is applied from inside the binding's observer: record it once that has finished.
        queueMicrotask(() => keepRecords(ydoc, tr, decider));
      } else {
        keepRecords(ydoc, tr, decider);
      }
    }
  },
});
