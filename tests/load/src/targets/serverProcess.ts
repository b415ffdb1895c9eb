import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { stopChild, track } from '../children.ts';

export const HOST = '127.0.0.1';

/** A free TCP port on the loopback interface (the OS picks it; it is released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 64 * 1024;

/**
 * Runs `node <script>` with plain node (no loader in the measured process) on a free loopback port, and waits
 * until an HTTP GET on `/<readyPath>` answers.
 */
export async function startServerProcess(options: {
  label: string;
  script: string;
  nodeArgs?: string[];
  /** Pins the server to these CPUs (`taskset -c`, which execs node: the pid stays the server's). */
  cpus?: string | null;
  cwd: string;
  /** Added to this process' environment; `undefined` removes a variable. */
  env: Record<string, string | undefined>;
  readyPath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), HOST };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const node = [process.execPath, ...(options.nodeArgs ?? []), options.script];
  const command = options.cpus ? ['taskset', '-c', options.cpus, ...node] : node;
  const child = track(
    spawn(command[0] as string, command.slice(1), {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let output = '';
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${options.label} exited before it was ready:\n${output}`);
    }
    try {
      const response = await fetch(`http://${HOST}:${port}${options.readyPath}`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${options.label} did not answer on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (child.pid === undefined) throw new Error(`${options.label} has no pid`);
  return { child, pid: child.pid, port, output: () => output, stop: () => stopChild(child) };
}
