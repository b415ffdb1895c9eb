import { readDocument } from '@draftroom/document-model';
import type * as Y from 'yjs';
import type { Amendment } from './Amendment.ts';
import { type AmendmentFilter, matchesFilter } from './AmendmentFilter.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { readAmendmentRecords } from './amendmentRecords.ts';
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
 * Every amendment of a shared document, for the panel, the server and exports: those in the text (in
 * document order) and then those only in the record (resolved), oldest first.
 */
export function listDocumentAmendments(ydoc: Y.Doc, filter: AmendmentFilter = {}): Amendment[] {
  const records = readAmendmentRecords(ydoc);
  const inText = listAmendments(readDocument(ydoc), {}, records);
  const present = new Set(inText.map((amendment) => amendment.id));
  const resolved = [...records.values()]
    .filter((record) => !present.has(record.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(fromRecord);
  return [...inText, ...resolved].filter((amendment) => matchesFilter(amendment, filter));
}
