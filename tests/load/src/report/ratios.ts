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

/** How a list of round ratios reads: its median, and in how many rounds Draftroom did no worse. */
export function summarizeRoundRatios(values: readonly number[]): { median: number; noWorse: number } {
  return { median: median([...values]), noWorse: values.filter((v) => v <= 1).length };
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
