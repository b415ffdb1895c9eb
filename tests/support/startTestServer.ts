import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { type RunningServer, startServer } from '../../server/src/startServer.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Stops the server; the data directory stays, so a test can start again on it. */
  close(): Promise<void>;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
}

/**
 * Starts the real server in-process on port 0, on 127.0.0.1, with its own SQLite file. Pass `dataDir` to
 * restart on the data of an earlier instance.
 */
export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'draftroom-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env } as NodeJS.ProcessEnv);
  const server = await startServer(config);
  return {
    ...server,
    dataDir,
    close: server.close,
    destroy: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
