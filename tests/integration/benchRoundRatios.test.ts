import { describe, expect, it } from 'vitest';
import {
  medianInterval,
  readAgainstGoal,
  roundRatiosToPeers,
  summarizeRoundRatios,
} from '../load/src/report/ratios.ts';
import { roundRatiosTable } from '../load/src/report/table.ts';
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
    expect(summarizeRoundRatios(ratios?.p99 ?? [])).toMatchObject({ median: 1, noWorse: 2 });
    expect(summarizeRoundRatios(ratios?.cpuPerDelivered ?? [])).toMatchObject({ median: 0.9, noWorse: 3 });
  });

  it('says where the median of the rounds lies, and calls the goal undecided while that straddles 1.0', () => {
    // Five rounds: only the lowest and the highest hold the median with 90 %; they do with 1 - 2/32.
    const five = medianInterval([1.18, 1.67, 1.39, 0.87, 1.07]);
    expect(five).toEqual({ low: 0.87, high: 1.67, confidence: 0.9375 });
    expect(readAgainstGoal(five as NonNullable<typeof five>)).toBe('undecided');
    // Eight rounds: the second lowest and the second highest, with 1 - 2 × 9/256.
    const eight = medianInterval([0.95, 0.8, 0.97, 0.85, 0.9, 0.99, 0.92, 1.02]);
    expect(eight).toEqual({ low: 0.85, high: 0.99, confidence: 1 - (2 * 9) / 256 });
    expect(readAgainstGoal(eight as NonNullable<typeof eight>)).toBe('met');
    // Three rounds cannot reach 90 %: all of them, with the 75 % that holds.
    const three = medianInterval([1.1, 1.3, 1.2]);
    expect(three).toEqual({ low: 1.1, high: 1.3, confidence: 0.75 });
    expect(readAgainstGoal(three as NonNullable<typeof three>)).toBe('not met');
    expect(medianInterval([])).toBeNull();
  });

  it('prints the interval and the reading beside each median', () => {
    const text = roundRatiosTable([
      { peer: 'y-websocket', p99: [1.18, 1.67, 1.39, 0.87, 1.07], cpuPerDelivered: [0.81, 0.9, 0.87, 0.81, 0.93] },
    ]);
    expect(text).toContain('0.87–1.67 (93 %), undecided');
    expect(text).toContain('0.81–0.93 (93 %), met');
  });
});
