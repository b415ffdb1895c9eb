import * as Y from 'yjs';
import type { AmendmentStatus, HistoryEntry } from './AmendmentRecord.ts';
import { amendmentsMap, readAmendmentRecord } from './amendmentRecords.ts';
import type { Decider } from './Decider.ts';

/**
 * Appends a status to the history of each record (skipping those already in that status, and ids without a
 * record). `cause` names the amendment whose decision made these fall with it.
 */
export function recordStatus(
  ydoc: Y.Doc,
  ids: Iterable<string>,
  status: AmendmentStatus,
  decider: Decider,
  options: { at?: string; cause?: string } = {},
): string[] {
  const map = amendmentsMap(ydoc);
  const at = options.at ?? new Date().toISOString();
  const changed: string[] = [];
  ydoc.transact(() => {
    for (const id of ids) {
      const record = map.get(id);
      const history = record?.get('history');
      if (!record || !(history instanceof Y.Array) || readAmendmentRecord(record)?.status === status) continue;
      const entry: HistoryEntry = { status, by: decider.by, party: decider.party, at };
      if (options.cause) entry.cause = options.cause;
      history.push([entry]);
      changed.push(id);
    }
  });
  return changed;
}
