import { type ChildProcess, fork } from 'node:child_process';
import { stopChild, track } from '../children.ts';
import type { MeasureWindow } from '../stats/recorder.ts';
import type { FromReaders, ReaderResult, ReaderSpec, ToReaders } from './readerMessages.ts';

/** How long one reader may take from connecting to having the document. */
const READER_SYNC_TIMEOUT_MS = 30_000;

/** The benchmark's side of the reader processes: spreads readers over them and gathers their results. */
export class ReaderPool {
  private readonly processes: ChildProcess[] = [];

  constructor(count: number) {
    for (let i = 0; i < count; i++) {
      // Inherits execArgv, so tsx's loader comes along; 'advanced' serialization carries the histograms.
      this.processes.push(
        track(fork(new URL('./readerProcess.ts', import.meta.url), { serialization: 'advanced', stdio: 'inherit' })),
      );
    }
  }

  get pids(): number[] {
    return this.processes.map((p) => p.pid as number);
  }

  private request<T extends FromReaders['type']>(
    child: ChildProcess,
    message: ToReaders,
    answer: T,
    timeoutMs: number,
  ): Promise<Extract<FromReaders, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => done(new Error(`reader process did not answer "${message.type}" in time`)),
        timeoutMs,
      );
      const onMessage = (reply: FromReaders) => {
        if (reply.type === 'failed') done(new Error(`reader process: ${reply.message}`));
        else if (reply.type === answer) done(null, reply as Extract<FromReaders, { type: T }>);
      };
      const onExit = () => done(new Error(`reader process exited while waiting for "${answer}"`));
      const done = (error: Error | null, reply?: Extract<FromReaders, { type: T }>) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve(reply as Extract<FromReaders, { type: T }>);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  }

  /** Connects every reader (round-robin over the processes) and resolves when all have synced. */
  async connect(specs: ReaderSpec[], timeoutMs: number): Promise<void> {
    const shares: ReaderSpec[][] = this.processes.map(() => []);
    specs.forEach((spec, i) => {
      shares[i % shares.length]?.push(spec);
    });
    await Promise.all(
      this.processes.map((child, i) =>
        this.request(
          child,
          { type: 'connect', readers: shares[i] ?? [], concurrency: 32, timeoutMs: READER_SYNC_TIMEOUT_MS },
          'connected',
          timeoutMs,
        ),
      ),
    );
  }

  setWindow(window: MeasureWindow): void {
    for (const child of this.processes) child.send({ type: 'window', window } satisfies ToReaders);
  }

  /** Receipts of in-window updates so far, over all readers. */
  async delivered(): Promise<number> {
    const replies = await Promise.all(this.processes.map((c) => this.request(c, { type: 'poll' }, 'progress', 10_000)));
    return replies.reduce((sum, r) => sum + r.delivered, 0);
  }

  async collect(): Promise<ReaderResult[]> {
    const replies = await Promise.all(
      this.processes.map((c) => this.request(c, { type: 'collect' }, 'result', 30_000)),
    );
    return replies.map((r) => r.result);
  }

  async close(): Promise<void> {
    for (const child of this.processes) if (child.connected) child.send({ type: 'close' } satisfies ToReaders);
    // They exit by themselves once their sockets are closed; kill any that does not.
    await Promise.all(this.processes.map((child) => stopChild(child, 3_000, null)));
  }
}
