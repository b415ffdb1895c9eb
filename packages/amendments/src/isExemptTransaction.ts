import type { Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { AMENDMENTS_META } from './amendmentsMeta.ts';

/** prosemirror-history labels its undo and redo transactions with this meta key. */
const HISTORY_META = 'history$';

/**
 * Transactions that suggesting mode must pass through untouched: changes arriving from other clients (and
 * Y.UndoManager's undo, which arrives the same way), prosemirror-history's undo and redo (they restore a
 * state that was already tracked), and the engine's own tracked or deciding transactions.
 */
export function isExemptTransaction(tr: Transaction): boolean {
  return (
    tr.getMeta(ySyncPluginKey) !== undefined ||
    tr.getMeta(HISTORY_META) !== undefined ||
    tr.getMeta(AMENDMENTS_META) !== undefined
  );
}
