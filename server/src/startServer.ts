import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CloseCodes } from '@draftroom/protocol';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createAuthenticator } from './auth/identity.ts';
import { loadAdminToken, loadSigningSecret } from './auth/secrets.ts';
import { TokenSigner } from './auth/tokens.ts';
import type { Config } from './config.ts';
import type { DocumentStore } from './storage/DocumentStore.ts';
import { SqliteStore } from './storage/SqliteStore.ts';
import { RoomManager } from './sync/RoomManager.ts';

export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  adminTokenCreated: boolean;
  store: DocumentStore;
  signer: TokenSigner;
  rooms: RoomManager;
  close(): Promise<void>;
}

/** How often the write-ahead log is folded into the database file, off the event loop. */
const CHECKPOINT_EVERY_MS = 1_000;

/** Composes store, auth, rooms and routes, and listens. Used by main.ts and by the tests (port 0). */
export async function startServer(config: Config): Promise<RunningServer> {
  const log = (message: string, error?: unknown) => console.error(`[draftroom] ${message}`, error ?? '');
  const store = new SqliteStore(join(config.dataDir, 'draftroom.sqlite'), {
    synchronous: config.sqliteSynchronous,
    checkpointEveryMs: CHECKPOINT_EVERY_MS,
    log,
  });
  const signer = new TokenSigner(loadSigningSecret(config.dataDir, config.signingSecret));
  const admin = loadAdminToken(config.dataDir, config.adminToken);
  const rooms = new RoomManager(store, {
    idleUnloadMs: config.idleUnloadMs,
    compactEvery: config.compactEvery,
    maxDocumentBytes: config.maxDocumentBytes,
    log,
  });
  const { app, injectWebSocket, wss } = createApp({
    store,
    rooms,
    auth: createAuthenticator(admin.token, signer),
    signer,
    limits: {
      maxBodyBytes: config.maxBodyBytes,
      maxMessageBytes: config.maxMessageBytes,
      messageRate: config.messageRate,
      messageBurst: config.messageBurst,
    },
    invites: { ttlSeconds: config.inviteTtlSeconds, publicUrl: config.publicUrl },
    clientDir: config.clientDir,
    log,
  });

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      for (const client of wss.clients) client.close(CloseCodes.ServerShutdown.code, CloseCodes.ServerShutdown.reason);
      await rooms.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Sockets that do not finish their close handshake must not keep the process alive.
        setTimeout(() => {
          for (const client of wss.clients) client.terminate();
          resolve();
        }, 2_000).unref();
      });
      await store.close();
    })();
    return closing;
  };

  return { url, port, adminToken: admin.token, adminTokenCreated: admin.created, store, signer, rooms, close };
}
