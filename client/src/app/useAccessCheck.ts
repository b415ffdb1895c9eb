import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { Connection } from '../collaboration/useConnection.ts';
import { ApiError, api } from './api.ts';

/**
 * The server refuses a bad token before the WebSocket upgrade (HTTP 401/404), and a browser reports that as
 * a bare failed connection, the same as a server that is down. So when the connection stays down, ask the
 * API whether the link is still good: if not, stop retrying and say so, instead of "offline" forever.
 */
export function useAccessCheck(
  id: string,
  token: string | null,
  connection: Connection,
  provider: WebsocketProvider | null,
): string | null {
  const [lost, setLost] = useState<string | null>(null);
  const down = connection.state === 'disconnected' && !connection.fatal;

  useEffect(() => {
    if (!down || !token || !provider || lost) return;
    let cancelled = false;
    api.getDocument(token, id).catch((error: unknown) => {
      if (cancelled || !(error instanceof ApiError)) return;
      const message =
        error.status === 401
          ? 'This link is not valid or has expired. Ask the chair or the secretariat for a new invitation link.'
          : error.status === 403 || error.status === 404
            ? 'This document is no longer available with this link.'
            : null;
      if (!message) return;
      provider.disconnect();
      setLost(message);
    });
    return () => {
      cancelled = true;
    };
  }, [down, id, token, provider, lost]);

  return lost;
}
