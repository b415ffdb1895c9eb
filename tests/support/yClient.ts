import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@draftroom/protocol';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events seen by this client's sockets. */
  closes: Array<{ code: number; reason: string }>;
  destroy(): void;
}

/** A stock y-websocket client, as any third-party client would connect (BroadcastChannel off, see stack.md). */
export function connectClient(
  baseUrl: string,
  documentId: string,
  token: string,
  options: { schema?: string | null } = {},
): YClient {
  const doc = new Y.Doc();
  const params: Record<string, string> = { token };
  const schema = options.schema === undefined ? SCHEMA_VERSION : options.schema;
  if (schema !== null) params[SCHEMA_VERSION_PARAM] = schema;
  const closes: YClient['closes'] = [];
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, documentId, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `predicate` holds, checking on every tick; fails with `message` after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, message: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Like waitFor, for a condition that must be fetched (an HTTP answer, a file). */
export async function waitUntil(predicate: () => Promise<boolean>, message: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
