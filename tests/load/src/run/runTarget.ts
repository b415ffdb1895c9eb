import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from '../cli.ts';
import type { ReaderPool } from '../clients/readerPool.ts';
import { nowUs } from '../marker.ts';
import { CpuMeter } from '../proc/cpuMeter.ts';
import { LoopMonitor } from '../proc/loopMonitor.ts';
import { cpuCount, memory } from '../proc/procStats.ts';
import { Histogram } from '../stats/histogram.ts';
import { LatencyRecorder, type MeasureWindow } from '../stats/recorder.ts';
import type { RunningTarget, TargetLauncher } from '../targets/target.ts';
import { type Span, summarizeServerTrace } from '../trace/summarizeServerTrace.ts';
import { typeAtRate } from '../typing.ts';
import { type Clients, closeClients, connectClients } from './connectClients.ts';
import type { TargetResult } from './results.ts';
import { warningsFor } from './warnings.ts';

const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Preloaded into each server with --trace. */
const SERVER_TRACE = fileURLToPath(new URL('../trace/serverTrace.cjs', import.meta.url));

/** After the window: wait for late receipts at most this long, or this long without progress. */
const DRAIN_MAX_MS = 15_000;
const DRAIN_STALL_MS = 3_000;

/**
 * One server, start to stop: start it fresh, create and seed the documents, connect the writers and then the
 * readers, type at the set rate through a warm-up and the measured window, wait for late receipts, gather the
 * figures, and stop everything — also when something fails on the way.
 */
export async function runTarget(
  launcher: TargetLauncher,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<TargetResult> {
  const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
  // The server process inherits this process' environment, which tells the preloaded tracer where to write.
  const traceFile = options.trace ? join(options.trace, `trace-${Date.now()}.jsonl`) : null;
  if (traceFile) {
    mkdirSync(options.trace as string, { recursive: true });
    nodeArgs.push('--require', SERVER_TRACE);
    process.env.BENCH_TRACE_FILE = traceFile;
  }
  const target = await launcher.start({ nodeArgs, cpus: options.pin?.server ?? null }).finally(() => {
    delete process.env.BENCH_TRACE_FILE;
  });
  const { window, ...result } = await measureTarget(target, options, log);
  if (!traceFile) return result;
  const trace = summarizeServerTrace(traceFile, window);
  if (!trace) {
    log(`  no trace from ${target.name}: did it exit?`);
    return result;
  }
  renameSync(traceFile, join(options.trace as string, `${target.name}-${Date.now()}.jsonl`));
  const span = ({ p50, p99 }: Span) => `p50 ${p50} µs, p99 ${p99} µs`;
  log(`  in the server, ${trace.updates} updates: sent → read ${span(trace.sentToRead)}`);
  log(`    read → first socket write ${span(trace.readToFirstWrite)}; first → last write ${span(trace.fanOut)}`);
  log(`    sent → written to each socket ${span(trace.sentToWritten)}`);
  if (trace.preempted) {
    const { overOneMs, ...waited } = trace.preempted;
    log(`    read → first write spent waiting for a CPU: ${span(waited)}; over 1 ms for ${overOneMs} updates`);
  }
  return { ...result, serverTrace: trace };
}

/** The run itself, with the server started; stops it at the end, whatever happens. */
async function measureTarget(
  target: RunningTarget,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<TargetResult & { window: MeasureWindow }> {
  const clients: Clients = { writers: [], readers: null };
  try {
    const startRss = memory(target.pid).rss;
    const recorder = new LatencyRecorder();
    const endpoints = await target.prepareDocuments(options.docs);
    await connectClients(target, endpoints, options, recorder, clients, log);
    const pool = clients.readers as ReaderPool;
    const writers = clients.writers;
    await sleep(1_000);
    const connectedRss = memory(target.pid).rss;

    const serverMeter = CpuMeter.ofProcesses([target.pid]);
    const clientMeter = CpuMeter.ofProcesses([process.pid, ...pool.pids]);
    const machineMeter = CpuMeter.ofMachine();
    const startUs = nowUs() + 200_000;
    const fromUs = startUs + options.warmup * 1e6;
    const toUs = fromUs + options.seconds * 1e6;
    const window = { originUs: startUs, fromUs, toUs };
    recorder.setWindow(window);
    pool.setWindow(window);
    const mainLoop = new LoopMonitor();
    mainLoop.schedule(fromUs, toUs, nowUs);
    const markAt = (name: string, atUs: number) =>
      setTimeout(
        () => {
          serverMeter.mark(name);
          clientMeter.mark(name);
          machineMeter.mark(name);
        },
        Math.max(0, (atUs - nowUs()) / 1000),
      );
    markAt('from', fromUs);
    markAt('to', toUs);

    log(`  typing: ${options.warmup} s warm-up, ${options.seconds} s measured`);
    const typing = await typeAtRate({
      writers,
      rate: options.rate,
      originUs: startUs,
      startUs,
      endUs: toUs,
      fromUs,
      toUs,
    });
    await sleep(Math.max(0, (toUs - nowUs()) / 1000) + 50); // the window's end, and its marks, have passed

    const sent = typing.sentInWindow.reduce((a, b) => a + b, 0);
    const expected = sent * (options.clients - 1);
    const drainStart = Date.now();
    let delivered = 0;
    let lastProgress = Date.now();
    while (Date.now() - drainStart < DRAIN_MAX_MS && Date.now() - lastProgress < DRAIN_STALL_MS) {
      const now = recorder.delivered + (await pool.delivered());
      if (now > delivered) lastProgress = Date.now();
      delivered = now;
      if (delivered >= expected) break;
      await sleep(100);
    }
    serverMeter.mark('drained');

    const toReaders = new Histogram();
    const readerResults = await pool.collect();
    for (const result of readerResults) toReaders.merge(result.histogram);
    const histogram = new Histogram();
    histogram.merge(recorder.histogram.toData());
    histogram.merge(toReaders.toData());
    delivered = recorder.delivered + readerResults.reduce((sum, r) => sum + r.delivered, 0);

    const windowCpu = serverMeter.between('from', 'to');
    const fullCpu = serverMeter.between('from', 'drained');
    const clientCpu = clientMeter.between('from', 'to');
    const machineCpu = machineMeter.between('from', 'to');
    const seconds = windowCpu.wallUs / 1e6;
    const loops = [
      ...(mainLoop.last ? [{ process: 'writers', ...mainLoop.last }] : []),
      ...readerResults.flatMap((r, i) => (r.loop ? [{ process: `readers ${i + 1}`, ...r.loop }] : [])),
    ];
    const lost = readerResults.reduce((sum, r) => sum + r.lost.length, 0) + writers.flat().filter((w) => w.lost).length;

    const result: TargetResult = {
      server: target.name,
      sent,
      sentPerSecond: sent / options.seconds,
      delivered,
      expected,
      deliveredPerSecond: delivered / options.seconds,
      latency: histogram.summary(),
      latencyTo: { readers: toReaders.summary(), writers: recorder.histogram.summary() },
      serverCpu: {
        percent: windowCpu.percent,
        usPerDelivered: fullCpu.cpuUs / delivered,
        userUsPerDelivered: fullCpu.userUs / delivered,
        systemUsPerDelivered: fullCpu.systemUs / delivered,
      },
      serverMemory: {
        startMiB: startRss / MiB,
        connectedMiB: connectedRss / MiB,
        peakMiB: memory(target.pid).peakRss / MiB,
      },
      client: { cpuPercent: clientCpu.percent, loops, maxScheduleLagMs: typing.maxLagMs },
      machine: {
        cores: cpuCount(),
        busyPercent: machineCpu.percent,
        othersPercent: Math.max(0, machineCpu.percent - windowCpu.percent - clientCpu.percent),
      },
      lostConnections: lost,
      warnings: [],
    };
    result.warnings = warningsFor(result, options, seconds);
    return { ...result, window };
  } catch (error) {
    throw new Error(
      `${target.name}: ${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${target.output().slice(-4000)}`,
    );
  } finally {
    await closeClients(clients);
    await target.stop();
  }
}
