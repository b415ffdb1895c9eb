import { type Amendment, type AmendmentRecord, listAmendments } from '@draftroom/amendments';
import type { Node as PMNode } from '@tiptap/pm/model';

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
 * Every amendment the panel can show: those in the editor's text (document order, with their records), then
 * those only in the record (decided or withdrawn), oldest first. The engine's listDocumentAmendments does the
 * same from a Y.Doc; the editor's own document is already at hand and its positions are the ones to scroll to.
 */
export function documentAmendments(doc: PMNode, records: ReadonlyMap<string, AmendmentRecord>): Amendment[] {
  const inText = listAmendments(doc, {}, records);
  const present = new Set(inText.map((amendment) => amendment.id));
  const resolved = [...records.values()]
    .filter((record) => !present.has(record.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(fromRecord);
  return [...inText, ...resolved];
}
