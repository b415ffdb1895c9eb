import type { DialectName } from '../protocol/dialect.ts';
import { HOST, type ServerProcess } from './serverProcess.ts';
import type { DocumentEndpoint, RunningTarget } from './target.ts';

/** A peer server starts empty and keeps documents in memory only: the first writer of a document seeds it. */
export function peerTarget(name: string, dialect: DialectName, server: ServerProcess): RunningTarget {
  return {
    name,
    pid: server.pid,
    dialect,
    async prepareDocuments(count: number): Promise<DocumentEndpoint[]> {
      return Array.from({ length: count }, (_, i) => {
        const docName = `bench-${i}`;
        const url = `ws://${HOST}:${server.port}/${docName}`;
        return { name: docName, writerUrl: url, readerUrl: url, token: 'bench', needsSeed: true };
      });
    },
    output: server.output,
    stop: server.stop,
  };
}
