import * as Y from 'yjs';
import type { ConnectionIdentity } from '../sync/Connection.ts';

/** Fields of a record a delegation may change on its own amendment; the rest never change. */
const OWN_FIELDS = new Set(['rationale', 'description', 'kind', 'decisionId']);
const RECORD_FIELDS = new Set([
  'id',
  'party',
  'author',
  'createdAt',
  'kind',
  'description',
  'decisionId',
  'rationale',
  'stances',
  'history',
]);
const STANCES = new Set(['support', 'oppose']);
const STATUSES = new Set(['proposed', 'accepted', 'rejected', 'withdrawn']);

export interface RecordRules {
  /** May change an amendment's status to accepted or rejected (the chair; the secretariat when allowed). */
  canDecide: boolean;
}

function isHistoryEntry(value: unknown): value is { status: string; by: string; party: string | null; at: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return (
    STATUSES.has(entry.status as string) &&
    typeof entry.by === 'string' &&
    (entry.party === null || typeof entry.party === 'string') &&
    typeof entry.at === 'string' &&
    Object.keys(entry).every((k) => ['status', 'by', 'party', 'at', 'cause'].includes(k))
  );
}

/** A history entry must name who wrote it, as the token says. */
function entryProblem(entry: unknown, who: ConnectionIdentity, rules: RecordRules, ownRecord: boolean): string | null {
  if (!isHistoryEntry(entry)) return 'malformed history entry of an amendment';
  if (entry.by !== who.name || entry.party !== who.party) return 'a decision recorded in someone else’s name';
  if (entry.status === 'accepted' || entry.status === 'rejected') {
    return rules.canDecide ? null : 'only the chair can accept or reject an amendment';
  }
  if (entry.status === 'withdrawn' && !ownRecord && !rules.canDecide)
    return 'only its delegation can withdraw an amendment';
  if (entry.status === 'proposed' && !ownRecord) return 'an amendment proposed in another delegation’s name';
  return null;
}

/**
 * Whether a record is the connection's own: a delegation owns its amendments; the chair and the secretariat
 * speak for no Party (their proposals carry their role's title, "Chair"), so theirs are the ones they wrote.
 */
function ownsRecord(record: Y.Map<unknown>, who: ConnectionIdentity): boolean {
  if (who.role === 'delegate') return record.get('party') === who.party;
  return record.get('party') === who.party || record.get('author') === who.name;
}

/** A new record: the proposer's own, proposed once, nothing decided yet. */
function newRecordProblem(id: string, record: unknown, who: ConnectionIdentity, rules: RecordRules): string | null {
  if (!(record instanceof Y.Map)) return 'an amendment record must be a map';
  for (const key of record.keys()) if (!RECORD_FIELDS.has(key)) return `unknown field "${key}" in an amendment record`;
  if (record.get('id') !== id) return 'an amendment record under another id';
  const own = ownsRecord(record, who) && record.get('author') === who.name;
  if (who.role === 'delegate' && !own) return 'an amendment attributed to another delegation or person';
  const stances = record.get('stances');
  if (stances !== undefined && !(stances instanceof Y.Map)) return 'malformed stances of an amendment';
  if (stances instanceof Y.Map) {
    for (const [party, stance] of stances.entries()) {
      if (!STANCES.has(stance as string)) return 'malformed stance on an amendment';
      if (who.role === 'delegate' && party !== who.party) return 'a stance in another delegation’s name';
    }
  }
  const history = record.get('history');
  if (!(history instanceof Y.Array) || history.length === 0) return 'an amendment record without its history';
  for (const entry of history.toArray()) {
    const problem = entryProblem(entry, who, rules, own);
    if (problem) return problem;
  }
  return null;
}

/** One event on the `amendments` map, read inside the observer: Yjs forbids reading `changes` afterwards. */
export interface RecordChange {
  path: Array<string | number>;
  target: Y.AbstractType<unknown>;
  keys: Array<[string, { action: 'add' | 'update' | 'delete' }]>;
  added: unknown[];
  deletedCount: number;
}

export function captureRecordChange(event: Y.YEvent<Y.AbstractType<unknown>>): RecordChange {
  const { keys, added, deleted } = event.changes;
  return {
    path: event.path,
    target: event.target,
    keys: [...keys].map(([key, change]) => [key, { action: change.action }]),
    added: [...added].flatMap((item) => item.content.getContent()),
    deletedCount: deleted.size,
  };
}

/**
 * Checks what an update did to the `amendments` map, from the events Yjs emitted while applying it. Records
 * are never deleted, history is only appended to, identity fields never change; a delegation edits only its own
 * records and only its own stance on others'.
 */
export function checkRecordEvents(
  events: readonly RecordChange[],
  who: ConnectionIdentity,
  rules: RecordRules,
): string | null {
  for (const event of events) {
    const path = event.path;
    const target = event.target;
    if (path.length === 0) {
      for (const [id, change] of event.keys) {
        if (change.action !== 'add') return 'amendment records are never removed or replaced';
        const problem = newRecordProblem(id, (target as Y.Map<unknown>).get(id), who, rules);
        if (problem) return problem;
      }
      continue;
    }
    const record = (target.doc?.getMap('amendments').get(String(path[0])) ?? null) as Y.Map<unknown> | null;
    if (!(record instanceof Y.Map)) return 'malformed amendment record';
    const own = ownsRecord(record, who);
    const privileged = who.role !== 'delegate';
    if (path.length === 1) {
      for (const [key, change] of event.keys) {
        if (change.action === 'delete' || !OWN_FIELDS.has(key))
          return `the field "${key}" of an amendment record cannot change`;
        if (!own && !privileged) return 'only its delegation can edit an amendment';
        if (key !== 'decisionId' && typeof (target as Y.Map<unknown>).get(key) !== 'string')
          return `malformed "${key}"`;
      }
    } else if (path[1] === 'stances' && path.length === 2) {
      for (const [party, change] of event.keys) {
        if (!privileged && party !== who.party) return 'a stance in another delegation’s name';
        if (change.action !== 'delete' && !STANCES.has((target as Y.Map<unknown>).get(party) as string))
          return 'malformed stance';
      }
    } else if (path[1] === 'history' && path.length === 2) {
      if (event.deletedCount > 0) return 'the history of an amendment is never rewritten';
      for (const entry of event.added) {
        const problem = entryProblem(entry, who, rules, own);
        if (problem) return problem;
      }
    } else {
      return 'malformed amendment record';
    }
  }
  return null;
}
