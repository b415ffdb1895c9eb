import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@draftroom/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabUrl } from './collabUrl.ts';
import { keepsLocalCopy, localCopyName } from './localCopy.ts';
import type { PresenceUser } from './presenceUser.ts';
import { FRESH_COPY_CODES, mayLoadFreshCopy, type Refusal, refusalMessage } from './refusalMessage.ts';
import { type SavedTracker, trackSaved } from './savedTracker.ts';

export interface CollaborationSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  saved: SavedTracker;
}

export interface Collaboration {
  session: CollaborationSession | null;
  /** The server's last refusal of a change made here, kept on screen until the user dismisses it. */
  refusal: Refusal | null;
  dismissRefusal: () => void;
  /** Set when refusals keep coming: the editor stopped loading fresh copies and asks for a reload. */
  stopped: string | null;
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

/**
 * One Y.Doc and one WebSocket per open document, for as long as the page shows it. The Y.Doc is the
 * client's copy: while offline, edits accumulate in it and y-websocket sends them on reconnect; the chair's
 * and the secretariat's are also kept in IndexedDB, so that closing the tab offline loses nothing.
 *
 * When the server refuses a change (4403, and 4400/4413), the copy that holds it is thrown away, local copy
 * included, and a fresh Y.Doc and connection are made: the refused update never comes back on reconnect.
 */
export function useCollaboration(docId: string, token: string | null, user: PresenceUser | null): Collaboration {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [generation, setGeneration] = useState(0);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const freshCopies = useRef<number[]>([]);
  // The user object is rebuilt on every render of the page; only a change of its contents matters.
  const userKey = user ? JSON.stringify(user) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a fresh copy
  useEffect(() => {
    if (!token || !userKey) return;
    const person = JSON.parse(userKey) as PresenceUser;
    const ydoc = new Y.Doc();
    const persistence = keepsLocalCopy(person.role)
      ? new IndexeddbPersistence(localCopyName(docId, person), ydoc)
      : null;
    const provider = new WebsocketProvider(collabUrl(), docId, ydoc, {
      params: { token, [SCHEMA_VERSION_PARAM]: SCHEMA_VERSION },
      // Tabs of one browser must sync through the server: otherwise a tab can look live while the server is down.
      disableBc: true,
      shouldReconnect,
      // Created unconnected so that the Ack handler is in place before the first connection opens.
      connect: false,
    });
    const saved = trackSaved(provider);
    let replaced = false;

    const onClose = (event: CloseEvent | null) => {
      if (!event || !FRESH_COPY_CODES.has(event.code) || replaced) return;
      replaced = true;
      provider.disconnect();
      console.warn(`Draftroom: the server refused a change (${event.code}): ${event.reason}`);
      setRefusal(refusalMessage(event.code, event.reason));
      const now = Date.now();
      if (!mayLoadFreshCopy(freshCopies.current, now)) {
        setStopped('The server keeps refusing changes from this editor. Reload the page to continue.');
        return;
      }
      freshCopies.current = [...freshCopies.current.filter((time) => now - time < 60_000), now];
      // The local copy holds the refused update too: it goes, or the fresh copy would send it again.
      const cleared = persistence ? persistence.clearData() : Promise.resolve();
      cleared.then(
        () => setGeneration((value) => value + 1),
        () => setGeneration((value) => value + 1),
      );
    };

    provider.on('connection-close', onClose);
    provider.awareness.setLocalStateField('user', person);
    provider.connect();
    setSession({ ydoc, provider, saved });
    return () => {
      setSession(null);
      provider.off('connection-close', onClose);
      saved.destroy();
      provider.destroy();
      if (!replaced) void persistence?.destroy();
      ydoc.destroy();
    };
  }, [docId, token, userKey, generation]);

  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return { session, refusal, dismissRefusal, stopped };
}
