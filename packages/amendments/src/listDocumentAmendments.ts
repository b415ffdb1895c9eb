import { readDocument } from '@draftroom/document-model';
import type * as Y from 'yjs';
import type { Amendment } from './Amendment.ts';
import { type AmendmentFilter, matchesFilter } from './AmendmentFilter.ts';
import { readAmendmentRecords } from './amendmentRecords.ts';
import { amendmentsWithRecords } from './amendmentsWithRecords.ts';

/**
 * Every amendment of a shared document, for the panel, the server and exports: those in the text (in
 * document order) and then those only in the record (resolved), oldest first.
 */
export function listDocumentAmendments(ydoc: Y.Doc, filter: AmendmentFilter = {}): Amendment[] {
  return amendmentsWithRecords(readDocument(ydoc), readAmendmentRecords(ydoc)).filter((amendment) =>
    matchesFilter(amendment, filter),
  );
}
