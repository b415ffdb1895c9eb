import type { ChildProcess } from 'node:child_process';

/**
 * Every child process the benchmark starts (servers, reader processes) is registered here, and killed when the
 * benchmark exits for any reason: normally, on an error, or on Ctrl-C.
 */
const children = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  children.clear();
}

let installed = false;

/** Kills the children on exit, and turns SIGINT/SIGTERM into an exit. */
export function killChildrenOnExit(): void {
  if (installed) return;
  installed = true;
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the servers and clients`);
      killAll();
      process.exit(130);
    });
  }
}

/** Asks a child to stop (SIGTERM, unless it was told otherwise), then kills it if it has not exited after `graceMs`. */
export async function stopChild(
  child: ChildProcess,
  graceMs = 5_000,
  signal: NodeJS.Signals | null = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (signal) child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
