import { fileURLToPath } from 'node:url';
import { peerTarget } from './peerTarget.ts';
import { startServerProcess } from './serverProcess.ts';
import type { TargetLauncher } from './target.ts';

const loadRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The reference y-websocket server: y-websocket 1.5.4's bin/server.js, unmodified, in memory (no YPERSISTENCE,
 * no CALLBACK_URL). It takes HOST and PORT from the environment and the document name from the URL path.
 */
export const yWebsocket: TargetLauncher = {
  async start({ nodeArgs, cpus }) {
    const server = await startServerProcess({
      label: 'y-websocket',
      script: 'node_modules/y-websocket-reference/bin/server.js',
      nodeArgs,
      cpus,
      cwd: loadRoot,
      env: { YPERSISTENCE: undefined, CALLBACK_URL: undefined },
      readyPath: '/',
    });
    return peerTarget('y-websocket', 'y-websocket', server);
  },
};
