import * as Y from 'yjs';
import type { Amendment } from './Amendment.ts';
import type { HistoryEntry } from './AmendmentRecord.ts';
import { amendmentsMap } from './amendmentRecords.ts';

/**
 * Creates the record of an amendment found in the text, unless it exists. Only the proposing client should
 * call this (its own new amendment): two clients creating one record at once would overwrite each other.
 */
export function createRecord(ydoc: Y.Doc, amendment: Amendment): Y.Map<unknown> {
  const map = amendmentsMap(ydoc);
  const existing = map.get(amendment.id);
  if (existing) return existing;
  const record = new Y.Map<unknown>();
  const first: HistoryEntry = {
    status: 'proposed',
    by: amendment.author,
    party: amendment.party,
    at: amendment.createdAt,
  };
  ydoc.transact(() => {
    map.set(amendment.id, record);
    for (const key of ['id', 'party', 'author', 'createdAt', 'kind', 'description', 'decisionId'] as const) {
      record.set(key, amendment[key]);
    }
    record.set('rationale', '');
    record.set('stances', new Y.Map<string>());
    const history = new Y.Array<HistoryEntry>();
    history.push([first]);
    record.set('history', history);
  });
  return record;
}
