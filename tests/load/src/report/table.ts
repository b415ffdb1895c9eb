import type { BenchOptions } from '../cli.ts';
import type { TargetResult } from '../run/results.ts';
import { type Ratio, type RoundRatios, readAgainstGoal, summarizeRoundRatios } from './ratios.ts';

/** Plain-text tables for the terminal (and Markdown-compatible, so they paste into docs/PERFORMANCE.md). */

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function describeRun(options: BenchOptions): string {
  return (
    `${options.clients} clients × ${options.docs} document${options.docs > 1 ? 's' : ''} ` +
    `(${options.writers} writer${options.writers > 1 ? 's' : ''} + ${options.clients - options.writers} readers each), ` +
    `${options.rate} updates/s per document, ${options.seconds} s measured after ${options.warmup} s warm-up, ` +
    `${options.readerClient} readers` +
    (options.pin ? `; server on CPU ${options.pin.server}, clients on CPU ${options.pin.clients}` : '')
  );
}

export function resultsTable(results: readonly TargetResult[]): string {
  return table(
    [
      'server',
      'sent/s',
      'delivered/s',
      'received',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'CPU %',
      'µs/delivery (user+sys)',
      'RSS MiB start/connected/peak',
    ],
    results.map((r) => [
      r.server,
      fixed(r.sentPerSecond),
      fixed(r.deliveredPerSecond, 0),
      `${fixed((r.delivered / r.expected) * 100, 2)} %`,
      fixed(r.latency.p50Ms, 2),
      fixed(r.latency.p95Ms, 2),
      fixed(r.latency.p99Ms, 2),
      fixed(r.latency.maxMs, 1),
      fixed(r.serverCpu.percent),
      `${fixed(r.serverCpu.usPerDelivered, 2)} (${fixed(r.serverCpu.userUsPerDelivered, 1)}+${fixed(r.serverCpu.systemUsPerDelivered, 1)})`,
      `${fixed(r.serverMemory.startMiB, 0)} / ${fixed(r.serverMemory.connectedMiB, 0)} / ${fixed(r.serverMemory.peakMiB, 0)}`,
    ]),
  );
}

export function clientTable(results: readonly TargetResult[]): string {
  return table(
    [
      'server',
      'clients CPU %',
      'busiest client loop',
      'loop delay p99 ms',
      'schedule lag max ms',
      'other processes CPU %',
    ],
    results.map((r) => {
      const busiest = [...r.client.loops].sort((a, b) => b.utilization - a.utilization)[0];
      return [
        r.server,
        fixed(r.client.cpuPercent),
        busiest ? `${busiest.process} ${fixed(busiest.utilization * 100, 0)} %` : '–',
        busiest ? fixed(Math.max(...r.client.loops.map((l) => l.delayP99Ms)), 1) : '–',
        fixed(r.client.maxScheduleLagMs),
        fixed(r.machine.othersPercent),
      ];
    }),
  );
}

export function ratiosTable(ratios: readonly Ratio[]): string {
  return table(
    ['draftroom ÷', 'p50', 'p99', 'CPU per delivered update', 'peak RSS', 'goal (p99, CPU ≤ 1.0)'],
    ratios.map((r) => [
      r.peer,
      fixed(r.p50, 2),
      fixed(r.p99, 2),
      fixed(r.cpuPerDelivered, 2),
      fixed(r.peakRss, 2),
      r.meetsGoal ? 'met' : 'not met',
    ]),
  );
}

/**
 * Each round's ratios to each peer, their median, how many rounds met the goal's ≤ 1.0, and where the median lies
 * given how the rounds scatter: "undecided" when that interval straddles 1.0, and more rounds are needed.
 */
export function roundRatiosTable(ratios: readonly RoundRatios[]): string {
  const cells = (values: readonly number[]) => {
    const { median, noWorse, interval } = summarizeRoundRatios(values);
    const lies = interval
      ? `${fixed(interval.low, 2)}–${fixed(interval.high, 2)} (${Math.floor(interval.confidence * 100)} %), ${readAgainstGoal(interval)}`
      : '–';
    return [values.map((v) => fixed(v, 2)).join(' '), fixed(median, 2), `${noWorse} of ${values.length}`, lies];
  };
  const columns = (what: string) => [`${what}, each round`, 'median', '≤ 1.0', 'median lies in'];
  return table(
    ['draftroom ÷', ...columns('p99'), ...columns('CPU per delivered update')],
    ratios.map((r) => [r.peer, ...cells(r.p99), ...cells(r.cpuPerDelivered)]),
  );
}

/** One row per round, with what else the machine was doing: shows which rounds other processes disturbed. */
export function roundsTable(rounds: ReadonlyMap<string, readonly TargetResult[]>): string {
  const rows: string[][] = [];
  for (const [server, results] of rounds) {
    results.forEach((r, i) => {
      rows.push([
        server,
        String(i + 1),
        fixed(r.latency.p50Ms, 2),
        fixed(r.latency.p99Ms, 2),
        `${fixed(r.latencyTo.readers.p99Ms, 2)} / ${fixed(r.latencyTo.writers.p99Ms, 2)}`,
        fixed(r.serverCpu.usPerDelivered, 2),
        fixed(r.machine.othersPercent, 0),
      ]);
    });
  }
  return table(
    ['server', 'round', 'p50 ms', 'p99 ms', 'p99 to readers / writers', 'µs/delivery', 'other processes CPU %'],
    rows,
  );
}
