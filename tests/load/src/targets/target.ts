import type { DialectName } from '../protocol/dialect.ts';

/** Where the clients of one benchmark document connect, and how. */
export interface DocumentEndpoint {
  /** The name the server knows the document by (Draftroom: its id). */
  name: string;
  writerUrl: string;
  readerUrl: string;
  /** Token sent in Hocuspocus' Auth message (unused by the others). */
  token: string;
  /** True if the first writer must apply the seed update (the server starts empty). */
  needsSeed: boolean;
}

/** A server under test, running as its own child process. */
export interface RunningTarget {
  readonly name: string;
  readonly pid: number;
  readonly dialect: DialectName;
  /** Creates `count` documents carrying the seed content (or to be seeded by their first writer). */
  prepareDocuments(count: number): Promise<DocumentEndpoint[]>;
  /** The server's stdout and stderr so far (the last 64 KiB), for error reports. */
  output(): string;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra node flags for the server process, e.g. --cpu-prof. */
  nodeArgs: string[];
  /** The CPUs the server may run on (a `taskset` list such as "0"), or null for any. */
  cpus: string | null;
}

export interface TargetLauncher {
  start(options: LaunchOptions): Promise<RunningTarget>;
}
