import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeServerTrace } from '../load/src/trace/summarizeServerTrace.ts';

const dir = mkdtempSync(join(tmpdir(), 'draftroom-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A row as `serverTrace.cjs` writes it; the marker says the update was sent `sentUs` after the origin. */
const row = (sentUs: number, read: number, first: number, after: number[], preempted?: number) =>
  JSON.stringify({
    marker: `0.${sentUs.toString(36)}`,
    read,
    first,
    last: first + (after.at(-1) ?? 0),
    writes: after.length + 1,
    after,
    preempted,
  });

describe('the benchmark’s server trace', () => {
  it('splits each update’s time into the way in, the work before the first write and the fan-out, and counts every write', () => {
    const file = join(dir, 'trace.jsonl');
    const origin = 1_000_000;
    writeFileSync(
      file,
      [
        // Sent at 100 µs after the origin, read 50 µs later, first written 200 µs after that, then two more writes.
        row(100, origin + 150, origin + 350, [100, 300], 20),
        row(1_000, origin + 1_080, origin + 1_380, [40, 80], 1_500),
        // Sent before the measured window: left out.
        row(10, origin + 20, origin + 30, [10]),
        '',
      ].join('\n'),
    );
    const trace = summarizeServerTrace(file, { originUs: origin, fromUs: origin + 50, toUs: origin + 5_000 });
    expect(trace?.updates).toBe(2);
    expect(trace?.sentToRead).toEqual({ p50: 80, p99: 80 });
    expect(trace?.readToFirstWrite).toEqual({ p50: 300, p99: 300 });
    expect(trace?.fanOut).toEqual({ p50: 300, p99: 300 });
    // Every write, sent → written: 250, 350, 550 for the first update; 380, 420, 460 for the second.
    expect(trace?.sentToWritten).toEqual({ p50: 420, p99: 550 });
    // The second update's server waited 1.5 ms for a CPU between reading it and writing it out.
    expect(trace?.preempted).toEqual({ p50: 1_500, p99: 1_500, overOneMs: 1 });
  });

  it('reads traces written before every write and the waits were recorded', () => {
    const file = join(dir, 'old.jsonl');
    writeFileSync(file, `${JSON.stringify({ marker: '0.2s', read: 200, first: 300, last: 400, writes: 2 })}\n`);
    const trace = summarizeServerTrace(file, { originUs: 0, fromUs: 0, toUs: 1_000 });
    expect(trace?.sentToWritten).toEqual({ p50: 200, p99: 200 });
    expect(trace?.preempted).toBeNull();
  });

  it('says nothing when the server left no trace', () => {
    expect(summarizeServerTrace(join(dir, 'missing.jsonl'), { originUs: 0, fromUs: 0, toUs: 1 })).toBeNull();
  });
});
