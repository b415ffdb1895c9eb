import type { BenchOptions } from '../cli.ts';
import type { TargetResult } from './results.ts';

/** What makes a row doubtful: lost updates or connections, and a client side or machine that was saturated. */
export function warningsFor(result: TargetResult, options: BenchOptions, seconds: number): string[] {
  const warnings: string[] = [];
  if (result.delivered < result.expected) {
    const missing = result.expected - result.delivered;
    warnings.push(
      `${missing} of ${result.expected} expected receipts did not arrive (${((missing / result.expected) * 100).toFixed(2)} %)`,
    );
  }
  if (result.lostConnections > 0)
    warnings.push(`the server closed ${result.lostConnections} connections during the run`);
  for (const loop of result.client.loops) {
    if (loop.utilization > 0.8) {
      warnings.push(
        `client process "${loop.process}" was saturated (event loop ${(loop.utilization * 100).toFixed(0)} % busy): latencies include client-side queueing; try --reader-processes ${options.readerProcesses + 1}`,
      );
    }
  }
  if (result.client.maxScheduleLagMs > 50) {
    warnings.push(`the writers fell up to ${result.client.maxScheduleLagMs.toFixed(0)} ms behind their schedule`);
  }
  const { cores, busyPercent, othersPercent } = result.machine;
  if (busyPercent > 90 * cores) {
    warnings.push(
      `the machine's ${cores} cores were saturated over ${seconds.toFixed(1)} s (server ${result.serverCpu.percent.toFixed(0)} %, benchmark clients ${result.client.cpuPercent.toFixed(0)} %, other processes ${othersPercent.toFixed(0)} % of one core): the server competed for CPU`,
    );
  }
  if (othersPercent > 20) {
    warnings.push(
      `other processes used ${othersPercent.toFixed(0)} % of one core during the window: figures are noisy`,
    );
  }
  return warnings;
}
