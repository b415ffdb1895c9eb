import { textblockChanges } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import type { Amendment } from './Amendment.ts';
import { amendmentsMap, readAmendmentRecord } from './amendmentRecords.ts';
import { amendmentIdsAroundTextblocks, collectAmendmentParts } from './collectAmendmentParts.ts';
import { createRecord } from './createRecord.ts';
import type { Decider } from './Decider.ts';
import { listAmendments } from './listAmendments.ts';
import { recordStatus } from './recordStatus.ts';

const idsIn = (doc: PMNode) => new Set(collectAmendmentParts(doc).map((part) => part.amendmentId));

/**
 * Which of the scope's amendments the document had before: those around the blocks, and one new to them only
 * if it was elsewhere (tracked text pasted from another place).
 */
function hadInScope(before: PMNode, scope: { before: Set<string>; after: Set<string> }): Set<string> {
  const arrived = [...scope.after].filter((id) => !scope.before.has(id));
  if (arrived.length === 0) return scope.before;
  const elsewhere = collectAmendmentParts(before, new Set(arrived)).map((part) => part.amendmentId);
  return new Set([...scope.before, ...elsewhere]);
}

/** Past this many blocks typed in at once (accepting everything), every amendment is read anyway. */
const MAX_SCOPED_BLOCKS = 64;

/**
 * When only the text of some blocks changed: the ids of the amendments around those blocks, before and after
 * the change. Null when blocks themselves changed (then every amendment is reconciled).
 */
function scopeOf(before: PMNode, after: PMNode): { before: Set<string>; after: Set<string> } | null {
  const changes = textblockChanges(before, after);
  if (!changes || changes.length > MAX_SCOPED_BLOCKS) return null;
  return {
    before: amendmentIdsAroundTextblocks(
      before,
      changes.map((change) => change.before),
    ),
    after: amendmentIdsAroundTextblocks(
      after,
      changes.map((change) => change.after),
    ),
  };
}

/** Keeps what the record says of the text (kind, description, decision) as the proposer edits it. */
function refresh(record: Y.Map<unknown>, amendment: Amendment): void {
  for (const key of ['kind', 'description', 'decisionId'] as const) {
    if (record.get(key) !== amendment[key]) record.set(key, amendment[key]);
  }
}

/**
 * Whose proposal a record is, for withdrawing it: a delegation's own; for the chair and the secretariat, who
 * speak for no Party (their proposals carry their role's title), the ones they wrote.
 */
function isOwn(record: Y.Map<unknown> | undefined, decider: Decider): boolean {
  if (!record) return false;
  if (decider.party !== null) return record.get('party') === decider.party;
  return record.get('author') === decider.by;
}

/**
 * Brings the records in line with a LOCAL change from `before` to `after` (never call it for changes that
 * arrived from other clients: their author reconciles them). New amendments get a record; amendments that
 * come back (undo) are proposed again; pending amendments that vanished are withdrawn when their own
 * delegation removed them, otherwise rejected — they fell with a block the chair removed (`cause`), or the
 * chair edited them away directly. Only amendments this change brought into the text get a new record: one
 * that was there before without a record is another client's, whose record is still on its way.
 */
export function reconcileRecords(
  ydoc: Y.Doc,
  before: PMNode,
  after: PMNode,
  decider: Decider,
  options: { at?: string; cause?: string } = {},
): void {
  const map = amendmentsMap(ydoc);
  // After typing, only the amendments in or around the blocks typed in can have changed: a keystroke in a
  // 300-decision text reads those, not every amendment of the text.
  const scope = scopeOf(before, after);
  const had = scope ? hadInScope(before, scope) : idsIn(before);
  const present = listAmendments(after, scope ? { ids: [...scope.before, ...scope.after] } : {});
  const has = new Set(present.map((amendment) => amendment.id));
  // A delegation keeps only its own records up to date: the server refuses edits of another's record.
  const mayRefresh = (record: Y.Map<unknown>) => decider.party === null || record.get('party') === decider.party;
  ydoc.transact(() => {
    for (const amendment of present) {
      const existing = map.get(amendment.id);
      if (!existing && had.has(amendment.id)) continue;
      const record = existing ?? createRecord(ydoc, amendment, decider);
      if (mayRefresh(record)) refresh(record, amendment);
      // Reading a whole record is costly in a long text: only one that came back (undo) may need it.
      if (!had.has(amendment.id) && readAmendmentRecord(record)?.status !== 'proposed') {
        recordStatus(ydoc, [amendment.id], 'proposed', decider, { at: options.at });
      }
    }
    const gone = [...had].filter((id) => !has.has(id));
    // Once out of the text an amendment is what its record says: it says what the amendment was as it left.
    for (const amendment of gone.length ? listAmendments(before, { ids: gone }) : []) {
      const record = map.get(amendment.id);
      if (record && mayRefresh(record)) refresh(record, amendment);
    }
    const pending = gone.filter((id) => {
      const record = map.get(id);
      return record !== undefined && readAmendmentRecord(record)?.status === 'proposed';
    });
    const own = pending.filter((id) => isOwn(map.get(id), decider));
    recordStatus(ydoc, own, 'withdrawn', decider, { at: options.at });
    recordStatus(
      ydoc,
      pending.filter((id) => !own.includes(id)),
      'rejected',
      decider,
      options,
    );
  });
}
