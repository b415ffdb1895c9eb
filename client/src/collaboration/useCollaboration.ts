import { useCallback, useEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { takeEarlySession } from './earlySession.ts';
import { keepsLocalCopy, localCopyName } from './localCopy.ts';
import { type CollaborationSession, closeSession, openSession } from './openSession.ts';
import type { PresenceUser } from './presenceUser.ts';
import { FRESH_COPY_CODES, mayLoadFreshCopy, type Refusal, refusalMessage } from './refusalMessage.ts';

export type { CollaborationSession } from './openSession.ts';

export interface Collaboration {
  session: CollaborationSession | null;
  /** The server's last refusal of a change made here, kept on screen until the user dismisses it. */
  refusal: Refusal | null;
  dismissRefusal: () => void;
  /** Set when refusals keep coming: the editor stopped loading fresh copies and asks for a reload. */
  stopped: string | null;
}

/** The browser's copy of the document, once it is known that this person keeps one. */
interface LocalCopy {
  persistence: IndexeddbPersistence;
  /** Set once its data is being deleted (which also destroys it). */
  cleared: boolean;
}

/**
 * One Y.Doc and one WebSocket per open document, for as long as the page shows it. The Y.Doc is the
 * client's copy: while offline, edits accumulate in it and y-websocket sends them on reconnect; the chair's
 * and the secretariat's are also kept in IndexedDB, so that closing the tab offline loses nothing.
 *
 * The connection opens as soon as the token is known, without waiting for the document's details (who this
 * is): the server loads the room while the page asks for them and builds the editor, instead of after.
 * Who this is (the presence, and whether to keep a local copy) is added when the details arrive.
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
  const localCopy = useRef<LocalCopy | null>(null);
  // The user object is rebuilt on every render of the page; only a change of its contents matters.
  const userKey = user ? JSON.stringify(user) : null;

  useEffect(() => {
    if (!token) return;
    // The page's first session was started before React rendered (earlySession.ts); a fresh copy starts here.
    const opened = (generation === 0 && takeEarlySession(docId, token)) || openSession(docId, token);
    const { provider } = opened;
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
      const copy = localCopy.current;
      if (copy) copy.cleared = true;
      const cleared = copy ? copy.persistence.clearData() : Promise.resolve();
      cleared.then(
        () => setGeneration((value) => value + 1),
        () => setGeneration((value) => value + 1),
      );
    };

    provider.on('connection-close', onClose);
    setSession(opened);
    return () => {
      setSession(null);
      provider.off('connection-close', onClose);
      closeSession(opened);
    };
  }, [docId, token, generation]);

  useEffect(() => {
    if (!session || !userKey) return;
    const person = JSON.parse(userKey) as PresenceUser;
    session.provider.awareness.setLocalStateField('user', person);
    if (!keepsLocalCopy(person.role)) return;
    // Loads what an earlier tab kept (sent to the server like any local edit), then keeps every change.
    const copy: LocalCopy = {
      persistence: new IndexeddbPersistence(localCopyName(docId, person), session.ydoc),
      cleared: false,
    };
    localCopy.current = copy;
    return () => {
      if (localCopy.current === copy) localCopy.current = null;
      // A destroyed Y.Doc (the session ended first) has already taken its persistence down with it.
      if (!copy.cleared && !session.ydoc.isDestroyed) void copy.persistence.destroy();
    };
  }, [session, userKey, docId]);

  const dismissRefusal = useCallback(() => setRefusal(null), []);
  return { session, refusal, dismissRefusal, stopped };
}
