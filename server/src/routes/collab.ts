import {
  CloseCodes,
  COMPRESSED_SYNC_GZIP,
  COMPRESSED_SYNC_PARAM,
  isCompatibleSchema,
  SCHEMA_VERSION,
  SCHEMA_VERSION_PARAM,
} from '@draftroom/protocol';
import { Hono } from 'hono';
import type { UpgradeWebSocket, WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import { canOpen } from '../auth/identity.ts';
import { HttpError } from '../http/HttpError.ts';
import type { AppEnv } from '../http/identify.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { Connection, type ConnectionIdentity } from '../sync/Connection.ts';
import { DocumentLoadError } from '../sync/loadDocument.ts';
import { preframedWriter } from '../sync/preframe.ts';
import { RateLimiter } from '../sync/RateLimiter.ts';
import type { Room } from '../sync/Room.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

export interface CollabOptions {
  store: DocumentStore;
  rooms: RoomManager;
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  maxMessageBytes: number;
  messageRate: number;
  messageBurst: number;
  pingIntervalMs?: number;
  log: (message: string, error?: unknown) => void;
}

/**
 * `GET /collab/:documentId?token=…`: the y-websocket endpoint. Who may connect is settled before the
 * upgrade (401, 404); what happens after is the room's business.
 */
export function collabRoutes(options: CollabOptions) {
  const { store, rooms, upgradeWebSocket, maxMessageBytes, log } = options;
  const pingIntervalMs = options.pingIntervalMs ?? 30_000;

  return new Hono<AppEnv>().get(
    '/:id',
    async function admitConnection(c, next) {
      const id = c.req.param('id');
      if (!canOpen(c.var.identity, id))
        throw new HttpError(401, 'UNAUTHORIZED', 'This token is not valid for this document');
      if (!(await store.getDocument(id))) throw new HttpError(404, 'NOT_FOUND', `No document ${id}`);
      await next();
    },
    upgradeWebSocket((c) => {
      const documentId = c.req.param('id') as string;
      const identity = c.var.identity;
      const who: ConnectionIdentity =
        identity.kind === 'admin'
          ? { key: 'admin', role: 'chair', party: null, name: identity.name }
          : { key: `invite:${identity.inviteId}`, role: identity.role, party: identity.party, name: identity.name };
      const clientSchema = c.req.query(SCHEMA_VERSION_PARAM);
      const compressedSync = c.req.query(COMPRESSED_SYNC_PARAM) === COMPRESSED_SYNC_GZIP;
      let connection: Connection | null = null;
      let room: Room | null = null;
      const early: Uint8Array[] = [];
      let alive = true;
      let pinger: NodeJS.Timeout | undefined;
      const limiter = new RateLimiter(options.messageRate, options.messageBurst);

      const refuse = (ws: WSContext<WebSocket>, code: number, reason: string) => {
        if (connection) connection.close(code, reason);
        else ws.close(code, reason);
      };

      const receiveFrame = (ws: WSContext<WebSocket>, data: Buffer, isBinary: boolean) => {
        if (!connection || connection.closed) return;
        if (!isBinary) return refuse(ws, CloseCodes.BadRequest.code, 'Only binary y-websocket messages are accepted');
        if (data.byteLength > maxMessageBytes) {
          return refuse(
            ws,
            CloseCodes.MessageTooLarge.code,
            `${CloseCodes.MessageTooLarge.reason} (limit ${maxMessageBytes} bytes)`,
          );
        }
        if (!limiter.take()) return refuse(ws, CloseCodes.TooManyMessages.code, CloseCodes.TooManyMessages.reason);
        // ws hands over a Buffer of its own for each message: it can be kept as it is, without a copy.
        const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        if (room) void room.receive(connection, message);
        else early.push(message);
      };

      return {
        onOpen(_event, ws) {
          const raw = ws.raw;
          const writeFrame = raw ? preframedWriter(raw) : null;
          connection = new Connection(
            {
              send: (data) => ws.send(data as Uint8Array<ArrayBuffer>),
              close: (code, reason) => ws.close(code, reason),
              ...(writeFrame ? { writeFrame } : {}),
            },
            who,
          );
          connection.compressedSync = compressedSync;
          if (clientSchema !== undefined && !isCompatibleSchema(clientSchema)) {
            refuse(
              ws,
              CloseCodes.SchemaMismatch.code,
              `${CloseCodes.SchemaMismatch.reason} (server ${SCHEMA_VERSION}, editor ${clientSchema})`,
            );
            return;
          }
          // Frames are taken from ws directly: Hono's onMessage would wrap each in a MessageEvent and copy it.
          raw?.on('message', (data: Buffer, isBinary: boolean) => receiveFrame(ws, data, isBinary));
          raw?.on('pong', () => {
            alive = true;
          });
          pinger = setInterval(() => {
            if (!alive) return raw?.terminate();
            alive = false;
            raw?.ping();
          }, pingIntervalMs);
          const conn = connection;
          rooms.get(documentId).then(
            (loaded) => {
              if (conn.closed) return;
              if (!loaded.join(conn))
                return refuse(ws, CloseCodes.ServerShutdown.code, 'Document was unloading; reconnect');
              room = loaded;
              for (const message of early.splice(0)) void loaded.receive(conn, message);
            },
            (error) => {
              log(`Refusing a connection to ${documentId}`, error);
              const event = error instanceof DocumentLoadError ? CloseCodes.LoadFailed : CloseCodes.NotFound;
              refuse(ws, event.code, event.reason);
            },
          );
        },
        onClose() {
          clearInterval(pinger);
          if (connection) connection.closed = true;
          if (room && connection) room.leave(connection);
        },
      };
    }),
  );
}
