import type { TargetResult } from '../run/results.ts';

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
