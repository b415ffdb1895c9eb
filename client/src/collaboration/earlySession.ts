import { type CollaborationSession, closeSession, openSession } from './openSession.ts';

let early: { docId: string; token: string; session: CollaborationSession } | null = null;

/**
 * Opens the connection of the document the page is about to show, before React renders: the server loads
 * the room (a large document takes a few hundred milliseconds) while the browser builds the page and asks
 * for the document's details, rather than after. useCollaboration takes it over.
 */
export function startEarlySession(docId: string, token: string): void {
  early = { docId, token, session: openSession(docId, token) };
}

/** The early session if it is the one asked for; anything else is closed. Hands it out once. */
export function takeEarlySession(docId: string, token: string): CollaborationSession | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.docId === docId && taken.token === token) return taken.session;
  closeSession(taken.session);
  return null;
}
