import * as Y from 'yjs';
import type { Amendment } from './Amendment.ts';
import type { HistoryEntry } from './AmendmentRecord.ts';
import { amendmentsMap } from './amendmentRecords.ts';
import type { Decider } from './Decider.ts';

/**
 * Creates the record of an amendment found in the text, unless it exists. Only the proposing client should
 * call this (its own new amendment): two clients creating one record at once would overwrite each other.
 * The first history entry names who writes it (`writer`, as the server knows them: the chair and the
 * secretariat propose under their role's title but speak for no Party); without one, the mark's author.
 */
export function createRecord(ydoc: Y.Doc, amendment: Amendment, writer?: Decider): Y.Map<unknown> {
  const map = amendmentsMap(ydoc);
  const existing = map.get(amendment.id);
  if (existing) return existing;
  const record = new Y.Map<unknown>();
  const first: HistoryEntry = {
    status: 'proposed',
    by: writer ? writer.by : amendment.author,
    party: writer ? writer.party : amendment.party,
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
