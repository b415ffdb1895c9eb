import type { LoopLoad } from '../proc/loopMonitor.ts';
import type { DialectName } from '../protocol/dialect.ts';
import type { HistogramData } from '../stats/histogram.ts';
import type { MeasureWindow } from '../stats/recorder.ts';

/** What the benchmark and a reader process say to each other over IPC. */

/** `bare`: wireSocket.ts, light enough that the server under test sets the pace; `ws`: the `ws` library. */
export type ReaderClient = 'bare' | 'ws';

export interface ReaderSpec {
  url: string;
  client: ReaderClient;
  dialect: DialectName;
  documentName: string;
  token: string;
}

export type ToReaders =
  | { type: 'connect'; readers: ReaderSpec[]; concurrency: number; timeoutMs: number }
  | { type: 'window'; window: MeasureWindow }
  | { type: 'poll' }
  | { type: 'collect' }
  | { type: 'close' };

export interface ReaderResult {
  histogram: HistogramData;
  delivered: number;
  outside: number;
  lost: string[];
  loop: LoopLoad | null;
}

export type FromReaders =
  | { type: 'connected'; count: number }
  | { type: 'failed'; message: string }
  | { type: 'progress'; delivered: number }
  | { type: 'result'; result: ReaderResult };
