import type { AmendmentRecords } from './AmendmentRecords.ts';
import type { Change } from './Change.ts';

/**
 * What to do with text that carries a change: keep it marked (`pending`), print it as agreed text (`agreed`), or
 * leave it out (`gone`).
 *
 * The chair's decision is applied to the text itself (accepting an insertion removes its mark, rejecting it
 * removes the text), so a mark still in the text is pending. The record is checked all the same: between the
 * record's update and the text's, or in a document edited by an older client, a mark may outlive its decision,
 * and an export must not print a rejected proposal as if it were still on the table.
 */
export function changeState(change: Change, records: AmendmentRecords): 'pending' | 'agreed' | 'gone' {
  const status = records.get(change.amendmentId)?.status;
  if (status === 'accepted') return change.kind === 'insertion' ? 'agreed' : 'gone';
  if (status === 'rejected' || status === 'withdrawn') return change.kind === 'insertion' ? 'gone' : 'agreed';
  return 'pending';
}
