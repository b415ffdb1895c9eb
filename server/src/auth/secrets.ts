import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a secret kept in DATA_DIR, creating it on first start. Kept with the data (mode 0600) so that
 * tokens stay valid across restarts and a copy of DATA_DIR is a complete backup.
 */
function readOrCreate(dataDir: string, file: string, create: () => string): { value: string; created: boolean } {
  const path = join(dataDir, file);
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), created: false };
  mkdirSync(dataDir, { recursive: true });
  const value = create();
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, created: true };
}

export function loadSigningSecret(dataDir: string, fromEnv?: string): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  return Buffer.from(readOrCreate(dataDir, 'signing-secret', () => randomBytes(32).toString('hex')).value, 'hex');
}

export function loadAdminToken(dataDir: string, fromEnv?: string): { token: string; created: boolean } {
  if (fromEnv) return { token: fromEnv, created: false };
  const { value, created } = readOrCreate(dataDir, 'admin-token', () => randomBytes(24).toString('base64url'));
  return { token: value, created };
}
