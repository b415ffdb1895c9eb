import type { TargetResult } from '../run/results.ts';
import { median } from './aggregate.ts';

/** Draftroom's figures divided by a peer's, from the same run: issue 6's goals are p99 and CPU ratios ≤ 1.0. */
export interface Ratio {
  peer: string;
  p50: number;
  p99: number;
  cpuPerDelivered: number;
  peakRss: number;
  /** p99 and CPU per delivered update both ≤ 1.0. */
  meetsGoal: boolean;
}

/**
 * Draftroom's p99 and CPU per delivered update divided by a peer's, round by round. The servers of a round run
 * back to back, so a round's ratio is less disturbed by the machine's slower moments than the ratio of medians.
 */
export interface RoundRatios {
  peer: string;
  p99: number[];
  cpuPerDelivered: number[];
}

export function roundRatiosToPeers(
  rounds: ReadonlyMap<string, readonly TargetResult[]>,
  ours = 'draftroom',
): RoundRatios[] {
  const own = rounds.get(ours) ?? [];
  return [...rounds]
    .filter(([peer]) => peer !== ours)
    .map(([peer, theirs]) => {
      const paired = own.slice(0, theirs.length).map((r, i) => [r, theirs[i] as TargetResult] as const);
      return {
        peer,
        p99: paired.map(([o, t]) => o.latency.p99Ms / t.latency.p99Ms),
        cpuPerDelivered: paired.map(([o, t]) => o.serverCpu.usPerDelivered / t.serverCpu.usPerDelivered),
      };
    });
}

/** An interval that holds the median of the round ratios, and with what confidence (see `medianInterval`). */
export interface MedianInterval {
  low: number;
  high: number;
  confidence: number;
}

/** How a round ratio's interval reads against the goal: wholly at or below 1.0, wholly above, or across it. */
export type GoalReading = 'met' | 'not met' | 'undecided';

/**
 * Where the median of the round ratios lies, without assuming how the rounds scatter (the sign test's interval):
 * the k-th lowest and the k-th highest round, for the largest k that still holds the median with at least
 * `wanted` confidence. Fewer than five rounds cannot reach 90 %: their interval is the lowest and the highest
 * round, with the confidence it has. Null without rounds.
 */
export function medianInterval(values: readonly number[], wanted = 0.9): MedianInterval | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // The interval of the k-th lowest and highest misses the median when fewer than k rounds fall on one side of
  // it: with a fair coin per round, twice P(at most k − 1 of n below).
  let outside = 0.5 ** n;
  let k = 1;
  for (let narrower = 2; narrower <= (n + 1) / 2; narrower++) {
    const narrowerOutside = outside + binomial(n, narrower - 1) * 0.5 ** n;
    if (1 - 2 * narrowerOutside < wanted) break;
    outside = narrowerOutside;
    k = narrower;
  }
  return { low: sorted[k - 1] as number, high: sorted[n - k] as number, confidence: 1 - 2 * outside };
}

/** Whether the goal (≤ 1.0) is met, not met, or not decided by the rounds' spread. */
export function readAgainstGoal(interval: MedianInterval): GoalReading {
  if (interval.high <= 1) return 'met';
  if (interval.low > 1) return 'not met';
  return 'undecided';
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * How a list of round ratios reads: its median, in how many rounds Draftroom did no worse, and the interval the
 * median lies in (see `medianInterval`).
 */
export function summarizeRoundRatios(values: readonly number[]): {
  median: number;
  noWorse: number;
  interval: MedianInterval | null;
} {
  return {
    median: median([...values]),
    noWorse: values.filter((v) => v <= 1).length,
    interval: medianInterval(values),
  };
}

export function ratiosToPeers(results: readonly TargetResult[], ours = 'draftroom'): Ratio[] {
  const own = results.find((r) => r.server === ours);
  if (!own) return [];
  return results
    .filter((r) => r.server !== ours)
    .map((peer) => {
      const ratio: Ratio = {
        peer: peer.server,
        p50: own.latency.p50Ms / peer.latency.p50Ms,
        p99: own.latency.p99Ms / peer.latency.p99Ms,
        cpuPerDelivered: own.serverCpu.usPerDelivered / peer.serverCpu.usPerDelivered,
        peakRss: own.serverMemory.peakMiB / peer.serverMemory.peakMiB,
        meetsGoal: false,
      };
      ratio.meetsGoal = ratio.p99 <= 1 && ratio.cpuPerDelivered <= 1;
      return ratio;
    });
}
