import { describe, expect, it } from 'vitest';
import { roundRatiosToPeers, summarizeRoundRatios } from '../load/src/report/ratios.ts';
import type { TargetResult } from '../load/src/run/results.ts';

/** Only the two figures the goal compares. */
const round = (p99Ms: number, usPerDelivered: number) =>
  ({ latency: { p99Ms }, serverCpu: { usPerDelivered } }) as unknown as TargetResult;

describe('the benchmark’s round-by-round ratios', () => {
  it('divides Draftroom’s figures by each peer’s of the same round, and counts the rounds that met ≤ 1.0', () => {
    const rounds = new Map([
      ['draftroom', [round(8, 15), round(12, 18), round(9, 16)]],
      ['y-websocket', [round(10, 15), round(10, 20), round(9, 20)]],
    ]);
    const [ratios] = roundRatiosToPeers(rounds);
    expect(ratios?.peer).toBe('y-websocket');
    expect(ratios?.p99).toEqual([0.8, 1.2, 1]);
    expect(ratios?.cpuPerDelivered).toEqual([1, 0.9, 0.8]);
    expect(summarizeRoundRatios(ratios?.p99 ?? [])).toEqual({ median: 1, noWorse: 2 });
    expect(summarizeRoundRatios(ratios?.cpuPerDelivered ?? [])).toEqual({ median: 0.9, noWorse: 3 });
  });
});
