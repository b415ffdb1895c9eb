import type { Node as PMNode } from '@tiptap/pm/model';
import type { Amendment } from './Amendment.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { listAmendments } from './listAmendments.ts';

/** A decided or withdrawn amendment, no longer in the text: what its record remembers of it. */
function fromRecord(record: AmendmentRecord): Amendment {
  return {
    id: record.id,
    party: record.party,
    author: record.author,
    createdAt: record.createdAt,
    kind: record.kind,
    status: record.status,
    decisionId: record.decisionId,
    blockIds: [],
    range: null,
    deletedText: '',
    insertedText: '',
    description: record.description,
    parts: [],
    record,
  };
}

/**
 * Every amendment of a document: those in the text (in document order, with their records), then those only in
 * the record (decided or withdrawn), oldest first. The editor passes its own document, whose positions it
 * scrolls to; the server and exports pass one read from Yjs.
 */
export function amendmentsWithRecords(doc: PMNode, records: ReadonlyMap<string, AmendmentRecord>): Amendment[] {
  const inText = listAmendments(doc, {}, records);
  const present = new Set(inText.map((amendment) => amendment.id));
  const resolved = [...records.values()]
    .filter((record) => !present.has(record.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(fromRecord);
  return [...inText, ...resolved];
}
