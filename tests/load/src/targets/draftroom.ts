import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, SCHEMA_VERSION_PARAM } from '@draftroom/protocol';
import { createInvite } from '../../../support/api.ts';
import { createFixtureDocument } from '../../../support/demoDocument.ts';
import { HOST, startServerProcess } from './serverProcess.ts';
import type { DocumentEndpoint, LaunchOptions, RunningTarget, TargetLauncher } from './target.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const BUILT_SERVER = join(repoRoot, 'server/dist/main.js');

/**
 * Draftroom as it runs in production: `node server/dist/main.js`, real SQLite in a fresh temporary DATA_DIR,
 * API only (no client bundle). Documents are created through the API from the fixture text; writers connect
 * as the secretariat, readers as a delegation, each with an invite token.
 */
export const draftroom = draftroomBuild(BUILT_SERVER, 'draftroom');

/**
 * Draftroom from a given bundle, under a given name: `--baseline` measures another revision's build beside the
 * current one. The bundle loads better-sqlite3 from node_modules: it must sit in server/dist.
 */
export function draftroomBuild(script: string, name: string): TargetLauncher {
  return {
    start: (options) => startDraftroom(script, name, options),
  };
}

async function startDraftroom(script: string, name: string, { nodeArgs, cpus }: LaunchOptions): Promise<RunningTarget> {
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: build it with \`pnpm --filter ./server build\` (npm run bench does)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-bench-'));
  // Also when the benchmark is interrupted: the server is killed on exit, then its data goes.
  const removeDataDir = () => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', removeDataDir);
  const adminToken = randomBytes(24).toString('base64url');
  const server = await startServerProcess({
    label: name,
    script,
    nodeArgs,
    cpus,
    cwd: repoRoot,
    env: { DATA_DIR: dataDir, DRAFTROOM_ADMIN_TOKEN: adminToken, CLIENT_DIR: '' },
    readyPath: '/api/health',
  });
  const baseUrl = `http://${HOST}:${server.port}`;
  const socketUrl = (id: string, token: string) =>
    `ws://${HOST}:${server.port}/collab/${id}?token=${encodeURIComponent(token)}&${SCHEMA_VERSION_PARAM}=${SCHEMA_VERSION}`;

  return {
    name,
    pid: server.pid,
    dialect: 'y-websocket',
    async prepareDocuments(count: number): Promise<DocumentEndpoint[]> {
      const endpoints: DocumentEndpoint[] = [];
      for (let i = 0; i < count; i++) {
        const id = await createFixtureDocument(baseUrl, adminToken);
        const writer = await createInvite(baseUrl, adminToken, id, { role: 'secretariat', name: 'Bench writer' });
        const reader = await createInvite(baseUrl, adminToken, id, { role: 'delegate', party: 'Benchland' });
        endpoints.push({
          name: id,
          writerUrl: socketUrl(id, writer.token),
          readerUrl: socketUrl(id, reader.token),
          token: '',
          needsSeed: false,
        });
      }
      return endpoints;
    },
    output: server.output,
    async stop() {
      await server.stop();
      removeDataDir();
      process.off('exit', removeDataDir);
    },
  };
}
