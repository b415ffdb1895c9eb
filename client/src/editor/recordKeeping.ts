import {
  amendmentsMetaOf,
  type Decider,
  keepRecords,
  readAmendmentRecords,
  restoreLostBlockEntries,
} from '@draftroom/amendments';
import { blockAmendsOf } from '@draftroom/document-model';
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
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

/** Whether text between `from` and `to` (one position more on each side) carries an amendment mark. */
function marksAmendment(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node) => {
    if (found) return false;
    if (node.isText) {
      found = node.marks.some((mark) => mark.type.name === 'insertion' || mark.type.name === 'deletion');
    } else if (blockAmendsOf(node.attrs).length > 0) {
      found = true;
    }
    return !found;
  });
  return found;
}

/**
 * Whether a local transaction may change what the record says: anything but plain typing or deleting inside
 * one paragraph, away from every proposal, may. Typing in a 300-decision text then costs no read of the whole
 * document; a new proposal always carries its mark and is recorded in the same transaction.
 */
export function mayChangeRecords(tr: Transaction): boolean {
  return tr.steps.some((step, index) => {
    if (!(step instanceof ReplaceStep) || step.slice.openStart > 0 || step.slice.openEnd > 0) return true;
    const before = tr.docs[index] as PMNode;
    const $from = before.resolve(step.from);
    if (!$from.parent.isTextblock || !$from.sameParent(before.resolve(step.to))) return true;
    // A proposal about the block or one around it reads the block's text.
    for (let depth = $from.depth; depth > 0; depth--) if (blockAmendsOf($from.node(depth).attrs).length) return true;
    const after = tr.docs[index + 1] ?? tr.doc;
    return marksAmendment(before, step.from, step.to) || marksAmendment(after, step.from, step.from + step.slice.size);
  });
}

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
      } else if (amendmentsMetaOf(tr) || mayChangeRecords(tr)) {
        keepRecords(ydoc, tr, decider);
      }
    }
  },
});
