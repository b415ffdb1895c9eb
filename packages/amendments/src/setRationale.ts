import type * as Y from 'yjs';
import { amendmentsMap } from './amendmentRecords.ts';

/** The proposing delegation explains its amendment; only that delegation may. */
export function setRationale(ydoc: Y.Doc, amendmentId: string, party: string, rationale: string): void {
  const record = amendmentsMap(ydoc).get(amendmentId);
  if (!record) throw new Error(`No amendment ${amendmentId}`);
  if (record.get('party') !== party) throw new Error('Only the proposing delegation may give its rationale');
  record.set('rationale', rationale);
}
