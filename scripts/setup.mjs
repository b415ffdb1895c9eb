// Installs what Draftroom needs on a fresh machine: the pinned pnpm, then the locked dependencies.
// better-sqlite3 compiles here (no prebuilt download is reachable); its compile must use the Node
// headers Debian ships in /usr/include/node instead of fetching them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mustRun } from './run.mjs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split(
  '@',
)[1];

function pnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

if (pnpmVersion() !== wanted) {
  console.log(`Installing pnpm ${wanted}…`);
  await mustRun('npm', ['install', '--global', '--save-exact', `pnpm@${wanted}`]);
}

const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
await mustRun('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], { env });
