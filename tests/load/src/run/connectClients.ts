import type { BenchOptions } from '../cli.ts';
import type { ReaderSpec } from '../clients/readerMessages.ts';
import { ReaderPool } from '../clients/readerPool.ts';
import { Writer } from '../clients/writer.ts';
import { framingFor } from '../protocol/dialect.ts';
import { seedUpdate } from '../seed.ts';
import type { LatencyRecorder } from '../stats/recorder.ts';
import type { DocumentEndpoint, RunningTarget } from '../targets/target.ts';

/** The clients of a run; filled as they connect, so that whoever started them can close them on failure. */
export interface Clients {
  /** The writers of each document. */
  writers: Writer[][];
  readers: ReaderPool | null;
}

export function closeClients(clients: Clients): Promise<void> {
  for (const writer of clients.writers.flat()) writer.close();
  return clients.readers?.close() ?? Promise.resolve();
}

/**
 * Connects the writers of every document one by one (the first seeds a peer's empty document), waits until each
 * has the content, then connects all readers in their processes and waits until every one has synced.
 */
export async function connectClients(
  target: RunningTarget,
  endpoints: readonly DocumentEndpoint[],
  options: BenchOptions,
  recorder: LatencyRecorder,
  clients: Clients,
  log: (line: string) => void,
): Promise<void> {
  const seed = seedUpdate();
  let writerIndex = 0;
  for (const endpoint of endpoints) {
    const ofDoc: Writer[] = [];
    clients.writers.push(ofDoc);
    for (let w = 0; w < options.writers; w++) {
      const writer = new Writer(
        writerIndex++,
        endpoint.writerUrl,
        framingFor(target.dialect, endpoint.name, endpoint.token),
        (sent, received) => recorder.record(sent, received),
      );
      ofDoc.push(writer);
      await writer.connect(30_000);
      if (w === 0 && endpoint.needsSeed) writer.seed(seed);
      await writer.waitForContent(10_000, w / options.writers);
    }
  }

  const specs: ReaderSpec[] = endpoints.flatMap((endpoint) =>
    Array.from({ length: options.clients - options.writers }, () => ({
      url: endpoint.readerUrl,
      client: options.readerClient,
      dialect: target.dialect,
      documentName: endpoint.name,
      token: endpoint.token,
    })),
  );
  const started = Date.now();
  clients.readers = new ReaderPool(options.readerProcesses);
  await clients.readers.connect(specs, 60_000 + specs.length * 100);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`  ${options.clients * options.docs} clients connected and synced in ${seconds} s`);
}
