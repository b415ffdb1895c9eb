import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  chairLink: string;
  documentId: string;
  chairToken: string;
  adminToken: string;
  output: () => string;
  /** SIGKILL, as a crash: no shutdown code runs. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `server/src/main.ts` as its own process (as `npm start` does, but from source), on a free port, and
 * reads the links it prints.
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!/Documents page \(admin\): +\S+/.test(output)) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const chairLink = output.match(/Open the demo as chair: +(\S+)/)?.[1] ?? '';
  const admin = output.match(/Documents page \(admin\): +(\S+)/)?.[1] ?? '';
  const link = new URL(chairLink);
  return {
    child,
    url: link.origin,
    chairLink,
    documentId: link.pathname.split('/').pop() ?? '',
    chairToken: link.searchParams.get('token') ?? '',
    adminToken: new URL(admin).searchParams.get('admin') ?? '',
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
