import * as Y from 'yjs';
import type { DocumentStore, StoredState } from '../storage/DocumentStore.ts';

export class DocumentLoadError extends Error {
  constructor(
    readonly documentId: string,
    cause: unknown,
  ) {
    super(`Document ${documentId} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DocumentLoadError';
  }
}

/**
 * Reads a document from the store into a new Y.Doc, or throws DocumentLoadError: an update that does not
 * decode, an update that leaves pending structs (one is missing), or no stored state at all. A document is
 * never handed on empty or half-loaded.
 */
export async function loadDocument(store: DocumentStore, id: string): Promise<{ doc: Y.Doc; state: StoredState }> {
  const state = await store.loadState(id);
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      if (state.snapshot) Y.applyUpdate(doc, state.snapshot);
      for (const update of state.updates) Y.applyUpdate(doc, update);
    });
    if (doc.store.pendingStructs || doc.store.pendingDs) throw new Error('stored updates are incomplete');
    if (!state.snapshot && state.updates.length === 0) throw new Error('no stored state');
  } catch (error) {
    doc.destroy();
    throw new DocumentLoadError(id, error);
  }
  return { doc, state };
}
