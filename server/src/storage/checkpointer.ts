import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code. It is evaluated from this string rather than loaded from a file of its own, so that it runs
 * the same from the bundle (server/dist/main.js), under tsx and under Vitest. It opens its own connection to the
 * database and folds the write-ahead log into the database file at a steady pace. A PASSIVE checkpoint waits for
 * no one: the server's connection keeps committing meanwhile.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const report = (error) => parentPort.postMessage({ error: String((error && error.message) || error) });
let db = null;
try {
  db = new Database(workerData.file, { timeout: 0, fileMustExist: true });
} catch (error) {
  report(error);
}
if (db) {
  const checkpoint = () => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // Busy: another connection is checkpointing, and the next tick tries again. Anything else is reported.
      if (error && error.code !== 'SQLITE_BUSY') report(error);
    }
  };
  const timer = setInterval(checkpoint, workerData.everyMs);
  parentPort.on('message', (message) => {
    if (message !== 'close') return;
    clearInterval(timer);
    checkpoint();
    db.close();
    parentPort.close();
  });
}
`;

export interface Checkpointer {
  /** Stops the worker after a last checkpoint; resolves once it has closed its connection. */
  close(): Promise<void>;
}

/**
 * Checkpoints a SQLite database in WAL mode from a worker thread, every `everyMs`. SQLite's automatic checkpoint
 * runs inside the commit that crosses the threshold, with two fsyncs (`synchronous = NORMAL`): measured here,
 * 15–18 ms of a blocked event loop every few seconds in a busy room, against 0.2 ms for a commit. Here it blocks
 * nothing. `onFailure` is called if the worker cannot do its job: the caller then checkpoints as before.
 */
export function startCheckpointer(
  file: string,
  { everyMs, onFailure }: { everyMs: number; onFailure: (reason: string) => void },
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs } });
  // Never what keeps a process alive: a command-line export that forgets to close still exits.
  worker.unref();
  let closed = false;
  let failed = false;
  const fail = (reason: string) => {
    if (closed || failed) return;
    failed = true;
    void worker.terminate();
    onFailure(reason);
  };
  worker.on('message', (message: { error?: string }) => {
    if (message.error) fail(message.error);
  });
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', (code) => fail(`the checkpoint worker exited (${code})`));
  return {
    close() {
      if (closed || failed) return Promise.resolve();
      closed = true;
      return new Promise((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('close');
      });
    },
  };
}
