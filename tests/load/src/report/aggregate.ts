import type { TargetResult } from '../run/results.ts';
import type { Percentiles } from '../stats/histogram.ts';

/**
 * Several rounds of the same server, folded into one row: the median of each figure (so one round disturbed by
 * another process does not decide the result), the highest peak RSS, counts summed, every warning kept.
 */

export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The rounds' latencies: counts summed, the median of each percentile, the highest maximum. */
function aggregateLatency(rounds: readonly Percentiles[]): Percentiles {
  const med = (pick: (p: Percentiles) => number) => median(rounds.map(pick));
  return {
    count: rounds.reduce((total, p) => total + p.count, 0),
    meanMs: med((p) => p.meanMs),
    p50Ms: med((p) => p.p50Ms),
    p95Ms: med((p) => p.p95Ms),
    p99Ms: med((p) => p.p99Ms),
    maxMs: Math.max(...rounds.map((p) => p.maxMs)),
  };
}

export function aggregateRounds(rounds: readonly TargetResult[]): TargetResult {
  const first = rounds[0];
  if (!first) throw new Error('no rounds to aggregate');
  if (rounds.length === 1) return first;
  const med = (pick: (r: TargetResult) => number) => median(rounds.map(pick));
  const sum = (pick: (r: TargetResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  return {
    server: first.server,
    sent: sum((r) => r.sent),
    sentPerSecond: med((r) => r.sentPerSecond),
    delivered: sum((r) => r.delivered),
    expected: sum((r) => r.expected),
    deliveredPerSecond: med((r) => r.deliveredPerSecond),
    latency: aggregateLatency(rounds.map((r) => r.latency)),
    latencyTo: {
      readers: aggregateLatency(rounds.map((r) => r.latencyTo.readers)),
      writers: aggregateLatency(rounds.map((r) => r.latencyTo.writers)),
    },
    serverCpu: {
      percent: med((r) => r.serverCpu.percent),
      usPerDelivered: med((r) => r.serverCpu.usPerDelivered),
      userUsPerDelivered: med((r) => r.serverCpu.userUsPerDelivered),
      systemUsPerDelivered: med((r) => r.serverCpu.systemUsPerDelivered),
    },
    serverMemory: {
      startMiB: med((r) => r.serverMemory.startMiB),
      connectedMiB: med((r) => r.serverMemory.connectedMiB),
      peakMiB: Math.max(...rounds.map((r) => r.serverMemory.peakMiB)),
    },
    client: {
      cpuPercent: med((r) => r.client.cpuPercent),
      loops: rounds.flatMap((r, i) =>
        r.client.loops.map((loop) => ({ ...loop, process: `${loop.process} (round ${i + 1})` })),
      ),
      maxScheduleLagMs: Math.max(...rounds.map((r) => r.client.maxScheduleLagMs)),
    },
    machine: {
      cores: first.machine.cores,
      busyPercent: med((r) => r.machine.busyPercent),
      othersPercent: med((r) => r.machine.othersPercent),
    },
    lostConnections: sum((r) => r.lostConnections),
    warnings: rounds.flatMap((r, i) => r.warnings.map((w) => `round ${i + 1}: ${w}`)),
  };
}
