import type { Transaction } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { amendmentsMetaOf } from './amendmentsMeta.ts';
import type { Decider } from './Decider.ts';
import { reconcileRecords } from './reconcileRecords.ts';
import { recordStatus } from './recordStatus.ts';

/**
 * The record keeper for an editor: call it with every LOCAL transaction applied (a suggestion, a decision, an
 * undo), never with remote ones. A decision records its verdict for the decided ids, then everything else
 * the transaction changed is reconciled (amendments that fell with a decided block name it as their cause).
 */
export function keepRecords(ydoc: Y.Doc, tr: Transaction, decider: Decider, at = new Date().toISOString()): void {
  if (!tr.docChanged) return;
  const meta = amendmentsMetaOf(tr);
  ydoc.transact(() => {
    let cause: string | undefined;
    if (meta?.type === 'resolved') {
      recordStatus(ydoc, meta.ids, meta.verdict === 'accept' ? 'accepted' : 'rejected', decider, { at });
      cause = meta.ids[0];
    }
    reconcileRecords(ydoc, tr.before, tr.doc, decider, { at, cause });
  });
}
