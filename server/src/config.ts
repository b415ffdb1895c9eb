import { resolve } from 'node:path';
import { SERVER_ROOT } from './paths.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where the built client lives; null to serve the API only. */
  clientDir: string | null;
  /** The origin used in invite links, when the server sits behind a proxy. */
  publicUrl: string | null;
  adminToken: string | undefined;
  signingSecret: string | undefined;
  maxBodyBytes: number;
  maxMessageBytes: number;
  maxDocumentBytes: number;
  /** Messages per second a connection may send on average, and in a burst. */
  messageRate: number;
  messageBurst: number;
  idleUnloadMs: number;
  compactEvery: number;
  inviteTtlSeconds: number;
  sqliteSynchronous: 'normal' | 'full';
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/** Reads the environment once, at start; every setting has a default that works on a laptop. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 8080, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR || './data'),
    clientDir: env.CLIENT_DIR === '' ? null : resolve(env.CLIENT_DIR || resolve(SERVER_ROOT, '../client/dist')),
    publicUrl: env.PUBLIC_URL || null,
    adminToken: env.DRAFTROOM_ADMIN_TOKEN || undefined,
    signingSecret: env.DRAFTROOM_SECRET || undefined,
    maxBodyBytes: int(env.MAX_BODY_BYTES, 20 * 1024 * 1024, 'MAX_BODY_BYTES'),
    maxMessageBytes: int(env.MAX_MESSAGE_BYTES, 1024 * 1024, 'MAX_MESSAGE_BYTES'),
    maxDocumentBytes: int(env.MAX_DOCUMENT_BYTES, 64 * 1024 * 1024, 'MAX_DOCUMENT_BYTES'),
    messageRate: int(env.MESSAGE_RATE, 200, 'MESSAGE_RATE'),
    messageBurst: int(env.MESSAGE_BURST, 500, 'MESSAGE_BURST'),
    idleUnloadMs: int(env.IDLE_UNLOAD_MS, 30_000, 'IDLE_UNLOAD_MS'),
    compactEvery: int(env.COMPACT_EVERY, 500, 'COMPACT_EVERY'),
    inviteTtlSeconds: int(env.INVITE_TTL_SECONDS, 30 * 24 * 3600, 'INVITE_TTL_SECONDS'),
    sqliteSynchronous: env.SQLITE_SYNCHRONOUS === 'full' ? 'full' : 'normal',
  };
}
