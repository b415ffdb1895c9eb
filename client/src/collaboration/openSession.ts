import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@draftroom/protocol';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabUrl } from './collabUrl.ts';
import { acceptCompressedSync } from './compressedSync.ts';
import { type SavedTracker, trackSaved } from './savedTracker.ts';

export interface CollaborationSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  saved: SavedTracker;
}

/**
 * Whether to reconnect after the server closed the socket. A 44xx close means reconnecting would only repeat
 * what was refused (docs/protocol.md): stop and let the page say what to do. Rate limiting (4429) is the
 * exception: y-websocket's backoff is the pause it asks for. Anything else (restart, load failure) is transient.
 */
function shouldReconnect(event: CloseEvent): boolean {
  if (event.code === 4429) return true;
  return !(event.code >= 4400 && event.code < 4500);
}

/** A new Y.Doc and its connection to the document's room, connecting now. */
export function openSession(docId: string, token: string): CollaborationSession {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(), docId, ydoc, {
    params: { token, [SCHEMA_VERSION_PARAM]: SCHEMA_VERSION },
    // Tabs of one browser must sync through the server: otherwise a tab can look live while the server is down.
    disableBc: true,
    shouldReconnect,
    // Created unconnected so that the Ack and compressed-load handlers are in place before the first connection.
    connect: false,
  });
  acceptCompressedSync(provider);
  const saved = trackSaved(provider);
  provider.connect();
  return { ydoc, provider, saved };
}

/** Closes the connection and lets the Y.Doc go (its IndexedDB copy, if any, goes with it). */
export function closeSession({ ydoc, provider, saved }: CollaborationSession): void {
  saved.destroy();
  provider.destroy();
  ydoc.destroy();
}
