import { CloseCodes, SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@draftroom/protocol';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabUrl } from './collabUrl.ts';
import type { PresenceUser } from './presenceUser.ts';
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
  if (event.code === CloseCodes.TooManyMessages.code) return true;
  return !(event.code >= 4400 && event.code < 4500);
}

/**
 * One Y.Doc and one WebSocket per open document, for as long as the page shows it. The Y.Doc is the
 * client's copy: while offline, edits accumulate in it and y-websocket sends them on reconnect.
 */
export function useCollaboration(
  docId: string,
  token: string | null,
  user: PresenceUser | null,
): CollaborationSession | null {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  // The user object is rebuilt on every render of the page; only a change of its contents matters.
  const userKey = user ? JSON.stringify(user) : null;

  useEffect(() => {
    if (!token || !userKey) return;
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(collabUrl(), docId, ydoc, {
      params: { token, [SCHEMA_VERSION_PARAM]: SCHEMA_VERSION },
      // Tabs of one browser must sync through the server: otherwise a tab can look live while the server is down.
      disableBc: true,
      shouldReconnect,
      // Created unconnected so that the Ack handler is in place before the first connection opens.
      connect: false,
    });
    const saved = trackSaved(provider);
    provider.awareness.setLocalStateField('user', JSON.parse(userKey) as PresenceUser);
    provider.connect();
    setSession({ ydoc, provider, saved });
    return () => {
      setSession(null);
      saved.destroy();
      provider.destroy();
      ydoc.destroy();
    };
  }, [docId, token, userKey]);

  return session;
}
