import { AMENDMENTS_META, type AmendmentsMeta } from '@draftroom/amendments';
import type { Transaction } from '@tiptap/pm/state';

/**
 * Labels a transaction as the amendments engine's own, so that suggesting mode lets it through as it is: the
 * chair's controls (agreeing a paragraph) and a delegation's withdrawal are not proposals to track.
 */
export function untracked(tr: Transaction): Transaction {
  const meta: AmendmentsMeta = { type: 'tracked' };
  return tr.setMeta(AMENDMENTS_META, meta);
}
