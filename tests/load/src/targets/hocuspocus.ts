import { fileURLToPath } from 'node:url';
import { peerTarget } from './peerTarget.ts';
import { startServerProcess } from './serverProcess.ts';
import type { TargetLauncher } from './target.ts';

const loadRoot = fileURLToPath(new URL('../../', import.meta.url));

/** @hocuspocus/server 3.4 with no extensions (so no storage), from peers/hocuspocus.mjs. */
export const hocuspocus: TargetLauncher = {
  async start({ nodeArgs, cpus }) {
    const server = await startServerProcess({
      label: 'Hocuspocus',
      script: 'peers/hocuspocus.mjs',
      nodeArgs,
      cpus,
      cwd: loadRoot,
      env: {},
      readyPath: '/',
    });
    return peerTarget('hocuspocus', 'hocuspocus', server);
  },
};
