import { CloseCodes } from '@draftroom/protocol';
import { useEffect, useState } from 'react';
import { FRESH_COPY_CODES } from './refusalMessage.ts';
import type { CollaborationSession } from './useCollaboration.ts';

export type ConnectionState = 'connected' | 'connecting' | 'disconnected';

export interface Connection {
  state: ConnectionState;
  /** Whether the server's copy has arrived at least once: until then the editor shows nothing to edit. */
  everSynced: boolean;
  /** Whether the connection has ever been up; a first connection that fails reads differently from a drop. */
  everConnected: boolean;
  /** Whether the server has every change made here on disk (its Acks cover our own clock). */
  /** Set when the server closed the connection for good: reconnecting cannot help. */
  fatal: string | null;
  /** Whether reloading the page is the way out of `fatal` (a fresh copy, or a new editor). */
  reloadHelps: boolean;
  /** The last non-fatal refusal, shown until the connection is back. */
  warning: string | null;
}

/** A dropped connection is "reconnecting" for this long before the page says plainly that it is offline. */
export const RECONNECT_GRACE_MS = 4000;

/**
 * Closes after which the provider stops retrying (see shouldReconnect), in the words the user reads. Refused
 * changes (4403, 4400, 4413) are not here: the editor loads a fresh copy (useCollaboration).
 */
const STOPPED: Record<number, { message: string; reloadHelps: boolean }> = {
  [CloseCodes.Unauthorized.code]: {
    message: 'This link is not valid or has expired. Ask the chair or the secretariat for a new invitation link.',
    reloadHelps: false,
  },
  [CloseCodes.NotFound.code]: { message: 'This document does not exist, or it was removed.', reloadHelps: false },
  [CloseCodes.SchemaMismatch.code]: {
    message: 'Draftroom was updated on the server. Reload the page to continue.',
    reloadHelps: true,
  },
  [CloseCodes.DocumentTooLarge.code]: {
    message: 'The document has reached its maximum size. Stop editing and tell the chair.',
    reloadHelps: false,
  },
};

/** Closes after which the provider retries on its own; shown until the connection is back. */
const WARNINGS: Record<number, string> = {
  [CloseCodes.LoadFailed.code]: 'The server could not load this document; retrying. Nothing was changed.',
  [CloseCodes.ServerShutdown.code]: 'The server is restarting.',
  [CloseCodes.TooManyMessages.code]: 'Too many changes at once: sending again after a pause.',
};

export function useConnection(session: CollaborationSession | null): Connection {
  const [connection, setConnection] = useState<Connection>(initial);

  useEffect(() => {
    if (!session) {
      setConnection(initial());
      return;
    }
    const { provider } = session;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    let everConnected = provider.wsconnected;
    let everSynced = provider.synced;
    let fatal: string | null = null;
    let reloadHelps = false;
    let warning: string | null = null;
    let droppedAt: number | null = null;

    const publish = () => {
      let state: ConnectionState;
      if (provider.wsconnected) state = 'connected';
      else if (fatal || !navigator.onLine) state = 'disconnected';
      else if (droppedAt !== null && Date.now() - droppedAt >= RECONNECT_GRACE_MS) state = 'disconnected';
      else state = 'connecting';
      setConnection({ state, everSynced, everConnected, fatal, reloadHelps, warning });
    };

    const onStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
      if (status === 'connected') {
        everConnected = true;
        droppedAt = null;
        clearTimeout(graceTimer);
      } else if (droppedAt === null) {
        droppedAt = Date.now();
        clearTimeout(graceTimer);
        graceTimer = setTimeout(publish, RECONNECT_GRACE_MS);
      }
      publish();
    };
    const onSync = (synced: boolean) => {
      if (synced) {
        everSynced = true;
        warning = null;
      }
      publish();
    };
    const onClose = (event: CloseEvent | null) => {
      if (!event) return;
      // A refused change: useCollaboration replaces this session with a fresh copy and says why.
      if (FRESH_COPY_CODES.has(event.code)) {
        warning = 'Loading a fresh copy of the document…';
        publish();
        return;
      }
      const stopped = STOPPED[event.code];
      if (stopped || (event.code >= 4400 && event.code < 4500 && event.code !== CloseCodes.TooManyMessages.code)) {
        fatal = stopped?.message ?? (event.reason || 'The server refused this connection.');
        reloadHelps = stopped?.reloadHelps ?? true;
        // y-websocket already stopped retrying; disconnect() makes that hold for good.
        provider.disconnect();
      } else if (WARNINGS[event.code]) {
        warning = WARNINGS[event.code] ?? null;
      }
      publish();
    };
    const onNetwork = () => publish();

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);
    if (!provider.wsconnected) droppedAt = Date.now();
    graceTimer = setTimeout(publish, RECONNECT_GRACE_MS);
    publish();
    return () => {
      clearTimeout(graceTimer);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
    };
  }, [session]);

  return connection;
}

function initial(): Connection {
  return {
    state: 'connecting',
    everSynced: false,
    everConnected: false,
    fatal: null,
    reloadHelps: false,
    warning: null,
  };
}
