import * as Y from 'yjs';
import { amendmentsMap } from './amendmentRecords.ts';

/**
 * A delegation supports or opposes another delegation's amendment (null clears its stance). One key per
 * Party, so that concurrent stances of different Parties all survive. A Party cannot take a stance on its
 * own amendment.
 */
export function setStance(ydoc: Y.Doc, amendmentId: string, party: string, stance: 'support' | 'oppose' | null): void {
  const record = amendmentsMap(ydoc).get(amendmentId);
  const stances = record?.get('stances');
  if (!record || !(stances instanceof Y.Map)) throw new Error(`No amendment ${amendmentId}`);
  if (record.get('party') === party) throw new Error('A delegation cannot support or oppose its own amendment');
  if (stance === null) stances.delete(party);
  else stances.set(party, stance);
}
