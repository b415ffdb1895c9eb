import { api, type DocumentDetails } from './api.ts';

let early: { id: string; token: string; details: Promise<DocumentDetails> } | null = null;

/**
 * Asks for the details of the document the page is about to show (who this person is in it) before React
 * renders. It goes out just before the document's connection (earlySession.ts), so that the server answers it
 * before it starts loading the room: the editor is built while the room loads, not after.
 */
export function requestEarlyDetails(id: string, token: string): void {
  const details = api.getDocument(token, id);
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  details.catch(() => undefined);
  early = { id, token, details };
}

/** The early request if it is the one asked for. Hands it out once. */
export function takeEarlyDetails(id: string, token: string): Promise<DocumentDetails> | null {
  const taken = early;
  early = null;
  return taken && taken.id === id && taken.token === token ? taken.details : null;
}
