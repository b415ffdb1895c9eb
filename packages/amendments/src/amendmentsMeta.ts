import type { Transaction } from '@tiptap/pm/state';
import type { Verdict } from './Verdict.ts';

/**
 * Transaction meta under which the engine labels its own transactions, so that the suggesting transform
 * leaves them alone and the record keeper knows what they did.
 */
export const AMENDMENTS_META = 'draftroomAmendments';

export type AmendmentsMeta = { type: 'tracked' } | { type: 'resolved'; verdict: Verdict; ids: string[] };

export function amendmentsMetaOf(tr: Transaction): AmendmentsMeta | undefined {
  return tr.getMeta(AMENDMENTS_META) as AmendmentsMeta | undefined;
}
