import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Authenticator } from './auth/identity.ts';
import type { TokenSigner } from './auth/tokens.ts';
import { clientFiles, readClientFiles } from './http/clientFiles.ts';
import { HttpError } from './http/HttpError.ts';
import { type AppEnv, identify } from './http/identify.ts';
import { collabRoutes } from './routes/collab.ts';
import { documentRoutes } from './routes/documents.ts';
import { exportRoutes } from './routes/exportDocument.ts';
import { healthRoutes } from './routes/health.ts';
import { importPreviewRoutes } from './routes/importPreview.ts';
import { inviteRoutes } from './routes/invites.ts';
import type { DocumentStore } from './storage/DocumentStore.ts';
import type { RoomManager } from './sync/RoomManager.ts';

export interface AppDeps {
  store: DocumentStore;
  rooms: RoomManager;
  auth: Authenticator;
  signer: TokenSigner;
  limits: { maxBodyBytes: number; maxMessageBytes: number; messageRate: number; messageBurst: number };
  invites: { ttlSeconds: number; publicUrl: string | null };
  /** The built client to serve, if any. */
  clientDir: string | null;
  log?: (message: string, error?: unknown) => void;
}

/** The whole HTTP and WebSocket surface, without listening anywhere: main.ts and tests call `serve()`. */
export function createApp(deps: AppDeps) {
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const app = new Hono<AppEnv>();
  const nodeWs = createNodeWebSocket({ app });
  // ws buffers a whole frame before we see it: cap it near our own limit instead of ws's 100 MiB default.
  nodeWs.wss.options.maxPayload = deps.limits.maxMessageBytes * 2;

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      // The unread rest of an oversized body would poison a kept-alive connection.
      if (error.status === 413) c.header('Connection', 'close');
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    }
    log(`Unhandled error on ${c.req.method} ${c.req.path}`, error);
    return c.json({ error: { code: 'INTERNAL', message: 'Something went wrong on the server' } }, 500);
  });

  const limit = bodyLimit({
    maxSize: deps.limits.maxBodyBytes,
    onError: () => {
      throw new HttpError(
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is larger than ${deps.limits.maxBodyBytes} bytes`,
      );
    },
  });

  app.route('/api/health', healthRoutes());
  app.use('/api/*', limit, identify(deps.auth));
  app.route('/api/documents', documentRoutes(deps.store));
  app.route('/api/documents', inviteRoutes(deps.store, deps.signer, deps.invites));
  app.route('/api/documents', exportRoutes(deps.store, deps.rooms));
  app.route('/api/import', importPreviewRoutes());
  app.all('/api/*', (c) =>
    c.json({ error: { code: 'NOT_FOUND', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.use('/collab/*', identify(deps.auth));
  app.route(
    '/collab',
    collabRoutes({
      store: deps.store,
      rooms: deps.rooms,
      upgradeWebSocket: nodeWs.upgradeWebSocket,
      maxMessageBytes: deps.limits.maxMessageBytes,
      messageRate: deps.limits.messageRate,
      messageBurst: deps.limits.messageBurst,
      log,
    }),
  );

  const clientDir = deps.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    // The client routes (/, /d/:id) are the single page app; source maps, not kept in memory, come from disk.
    app.use('/*', clientFiles(readClientFiles(clientDir), '/index.html'));
    app.use('/assets/*', serveStatic({ root: clientDir }));
  } else {
    app.get('/', (c) => c.text('Draftroom API is running. Build the client (npm run build) to get the editor.'));
  }

  return { app, injectWebSocket: nodeWs.injectWebSocket, wss: nodeWs.wss };
}
