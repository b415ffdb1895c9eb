import { randomUUID } from 'node:crypto';
import { emptyDocument, encodeNewDocument, type JSONContent } from '@draftroom/document-model';
import { HttpError } from '../http/HttpError.ts';
import type { DocumentRecord, DocumentStore } from '../storage/DocumentStore.ts';
import { importSource, type SourceInput } from './importSource.ts';

export interface CreateDocumentInput {
  title?: string | undefined;
  meeting?: string | undefined;
  symbol?: string | undefined;
  source?: SourceInput | undefined;
}

/**
 * Creates a document, empty or imported, as one stored update. Import happens completely before anything is
 * written, so a source that cannot be read leaves no half-imported document behind.
 */
export async function createDocument(store: DocumentStore, input: CreateDocumentInput): Promise<DocumentRecord> {
  let content: JSONContent = emptyDocument();
  let importedTitle: string | undefined;
  if (input.source) {
    const imported = await importSource(input.source);
    content = imported.content;
    importedTitle = imported.title;
  }
  const title = input.title || importedTitle;
  if (!title) throw new HttpError(400, 'BAD_REQUEST', '"title" is required');
  const meta = { title, meeting: input.meeting ?? '', symbol: input.symbol ?? '', status: 'draft' };
  const update = encodeNewDocument(content, meta);
  return store.createDocument({ id: randomUUID(), ...meta }, update);
}
