import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * Builds the client unminified into a temporary folder, so that a CPU profile names its functions, and returns
 * the folder (for the server's CLIENT_DIR). client/dist is left alone. With `reuse`, an earlier build is kept.
 */
export function readableClient(reuse = false): string {
  const clientDir = join(tmpdir(), 'draftroom-profile-client');
  if (!reuse || !existsSync(join(clientDir, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', clientDir, '--emptyOutDir'], {
      cwd: join(root, 'client'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return clientDir;
}
