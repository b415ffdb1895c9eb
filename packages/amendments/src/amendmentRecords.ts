import { Y_AMENDMENTS } from '@draftroom/protocol';
import * as Y from 'yjs';
import {
  AMENDMENT_KINDS,
  AMENDMENT_STATUSES,
  type AmendmentKind,
  type AmendmentRecord,
  type AmendmentStatus,
  type HistoryEntry,
} from './AmendmentRecord.ts';

/**
 * The `amendments` map: amendment id → one Y.Map per record. The record is a nested Y.Map rather than a
 * plain object so that concurrent changes merge instead of overwriting each other: Norway supporting while
 * Japan opposes are two keys of `stances`; the chair's decision and a late withdrawal are two entries of
 * `history` (the last one is the status).
 *
 *   id, party, author, createdAt, kind, description, decisionId (string | null), rationale: primitives
 *   stances: Y.Map<party, 'support' | 'oppose'>
 *   history: Y.Array<HistoryEntry>
 */
export function amendmentsMap(ydoc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return ydoc.getMap<Y.Map<unknown>>(Y_AMENDMENTS);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    (AMENDMENT_STATUSES as readonly unknown[]).includes(entry.status) &&
    typeof entry.by === 'string' &&
    (entry.party === null || typeof entry.party === 'string') &&
    typeof entry.at === 'string'
  );
}

function partiesWith(stances: unknown, stance: 'support' | 'oppose'): string[] {
  if (!(stances instanceof Y.Map)) return [];
  return [...stances.entries()]
    .filter(([, value]) => value === stance)
    .map(([party]) => String(party))
    .sort();
}

/** One record as plain data; null when the entry is not a well-formed record. */
export function readAmendmentRecord(record: Y.Map<unknown>): AmendmentRecord | null {
  const id = record.get('id');
  const history = record.get('history');
  if (typeof id !== 'string' || !(history instanceof Y.Array)) return null;
  const entries = history.toArray().filter(isHistoryEntry);
  const kind = record.get('kind');
  const decisionId = record.get('decisionId');
  return {
    id,
    party: str(record.get('party')),
    author: str(record.get('author')),
    createdAt: str(record.get('createdAt')),
    kind: (AMENDMENT_KINDS as readonly unknown[]).includes(kind) ? (kind as AmendmentKind) : 'insert',
    description: str(record.get('description')),
    decisionId: typeof decisionId === 'string' ? decisionId : null,
    rationale: str(record.get('rationale')),
    supporters: partiesWith(record.get('stances'), 'support'),
    opponents: partiesWith(record.get('stances'), 'oppose'),
    status: (entries[entries.length - 1]?.status ?? 'proposed') as AmendmentStatus,
    history: entries,
  };
}

/** Every record of the document, by amendment id. */
export function readAmendmentRecords(ydoc: Y.Doc): Map<string, AmendmentRecord> {
  const records = new Map<string, AmendmentRecord>();
  amendmentsMap(ydoc).forEach((value, id) => {
    const record = value instanceof Y.Map ? readAmendmentRecord(value) : null;
    if (record && record.id === id) records.set(id, record);
  });
  return records;
}
