import { nowUs } from '../marker.ts';
import { LoopMonitor } from '../proc/loopMonitor.ts';
import { framingFor } from '../protocol/dialect.ts';
import { LatencyRecorder } from '../stats/recorder.ts';
import { Reader } from './reader.ts';
import type { FromReaders, ReaderSpec, ToReaders } from './readerMessages.ts';

/**
 * A child process hosting many readers, so that receiving does not compete with the writers' event loop. It is
 * driven over IPC (see readerMessages.ts) and exits when its parent goes.
 */

const recorder = new LatencyRecorder();
const loop = new LoopMonitor();
const readers: Reader[] = [];

function send(message: FromReaders): void {
  process.send?.(message);
}

async function connectAll(specs: ReaderSpec[], concurrency: number, timeoutMs: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++] as ReaderSpec;
      const reader = new Reader(
        spec.url,
        spec.client,
        framingFor(spec.dialect, spec.documentName, spec.token),
        (sent, received) => recorder.record(sent, received),
      );
      readers.push(reader);
      await reader.connect(timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, worker));
}

process.on('message', (message: ToReaders) => {
  switch (message.type) {
    case 'connect':
      connectAll(message.readers, message.concurrency, message.timeoutMs).then(
        () => send({ type: 'connected', count: readers.length }),
        (error: unknown) => send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      break;
    case 'window':
      recorder.setWindow(message.window);
      loop.schedule(message.window.fromUs, message.window.toUs, nowUs);
      break;
    case 'poll':
      send({ type: 'progress', delivered: recorder.delivered });
      break;
    case 'collect':
      send({
        type: 'result',
        result: {
          histogram: recorder.histogram.toData(),
          delivered: recorder.delivered,
          outside: recorder.outside,
          lost: readers.flatMap((r) => (r.lost ? [r.lost] : [])),
          loop: loop.last,
        },
      });
      break;
    case 'close':
      for (const reader of readers) reader.close();
      setTimeout(() => process.exit(0), 200).unref();
      break;
  }
});

// Never outlive the benchmark.
process.on('disconnect', () => process.exit(0));
