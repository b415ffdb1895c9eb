import { existsSync, readFileSync } from 'node:fs';
import type { MeasureWindow } from '../stats/recorder.ts';

/** p50 and p99 of one span, in µs. */
export interface Span {
  p50: number;
  p99: number;
}

/** Where an update's time went, from the rows `serverTrace.cjs` wrote: medians and tails over the window. */
export interface ServerTrace {
  updates: number;
  /** From the writer's clock at the insert to the server reading the frame (the way in, and the writer's send). */
  sentToRead: Span;
  /** From reading the frame to writing it to the first socket: the server's own work on the update. */
  readToFirstWrite: Span;
  /** From the first socket's write to the last: the fan-out. */
  fanOut: Span;
  /**
   * From the writer's clock to each socket's write, every write counted: the fan-out latency as far as the
   * server is concerned. What the readers measure beyond it is the way out and their own processes' delay.
   */
  sentToWritten: Span;
  /**
   * Of read → first write, the time the server's main thread waited for a CPU (preempted by other processes),
   * and how many updates waited over a millisecond; null where the trace has no such figure (not Linux).
   */
  preempted: { p50: number; p99: number; overOneMs: number } | null;
}

interface Row {
  marker: string;
  read: number;
  first: number;
  last: number;
  writes: number;
  /** Each write after the first, in µs after it; absent in traces written before it was added. */
  after?: number[];
  /** µs the main thread waited for a CPU between the read and the first write; absent in older traces. */
  preempted?: number;
}

function span(values: number[]): Span {
  const sorted = values.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Null when the server wrote no trace (it was not preloaded, or it died without exiting). */
export function summarizeServerTrace(file: string, window: MeasureWindow): ServerTrace | null {
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
  const sentToRead: number[] = [];
  const readToFirstWrite: number[] = [];
  const fanOut: number[] = [];
  const sentToWritten: number[] = [];
  const preempted: number[] = [];
  for (const row of rows) {
    const offsetUs = Number.parseInt(row.marker.split('.')[1] ?? '', 36);
    const sentUs = window.originUs + offsetUs;
    if (row.writes === 0 || !(sentUs >= window.fromUs && sentUs < window.toUs)) continue;
    sentToRead.push(row.read - sentUs);
    readToFirstWrite.push(row.first - row.read);
    fanOut.push(row.last - row.first);
    const first = row.first - sentUs;
    sentToWritten.push(first);
    for (const after of row.after ?? []) sentToWritten.push(first + after);
    if (row.preempted !== undefined) preempted.push(row.preempted);
  }
  if (sentToRead.length === 0) return null;
  return {
    updates: sentToRead.length,
    sentToRead: span(sentToRead),
    readToFirstWrite: span(readToFirstWrite),
    fanOut: span(fanOut),
    sentToWritten: span(sentToWritten),
    preempted:
      preempted.length === 0
        ? null
        : { ...span(preempted), overOneMs: preempted.filter((waited) => waited > 1_000).length },
  };
}
