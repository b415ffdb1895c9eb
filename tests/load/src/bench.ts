import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { killChildrenOnExit } from './children.ts';
import { BASELINE, type BenchOptions, parseArgs, type ServerName, UsageError } from './cli.ts';
import { aggregateRounds } from './report/aggregate.ts';
import { machineInfo } from './report/machine.ts';
import { ratiosToPeers, roundRatiosToPeers } from './report/ratios.ts';
import { clientTable, describeRun, ratiosTable, resultsTable, roundRatiosTable, roundsTable } from './report/table.ts';
import type { TargetResult } from './run/results.ts';
import { runTarget } from './run/runTarget.ts';
import { draftroom, draftroomBuild } from './targets/draftroom.ts';
import { hocuspocus } from './targets/hocuspocus.ts';
import type { TargetLauncher } from './targets/target.ts';
import { yWebsocket } from './targets/yWebsocket.ts';

/**
 * `npm run bench`: the same load against Draftroom, @hocuspocus/server and the reference y-websocket server, one
 * after the other, each a fresh child process on a loopback port. See docs/PERFORMANCE.md.
 */

const LAUNCHERS: Record<Exclude<ServerName, typeof BASELINE>, TargetLauncher> = {
  draftroom,
  hocuspocus,
  'y-websocket': yWebsocket,
};

function launcher(name: ServerName, options: BenchOptions): TargetLauncher {
  if (name !== BASELINE) return LAUNCHERS[name];
  if (!options.baseline) throw new UsageError(`${BASELINE} needs --baseline`);
  return draftroomBuild(options.baseline, BASELINE);
}

/** The whole run may take at most this long, whatever happens: then everything is killed. */
function deadlineMs(options: BenchOptions): number {
  const perServer = (options.warmup + options.seconds) * 1000 + 120_000 + options.clients * options.docs * 100;
  return perServer * options.servers.length * options.rounds;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  killChildrenOnExit();
  // Every thread of this process, and the reader processes it forks later, which inherit it.
  if (options.pin) execFileSync('taskset', ['-a', '-p', '-c', options.pin.clients, String(process.pid)]);
  const watchdog = setTimeout(() => {
    console.error('The benchmark ran past its deadline: stopping.');
    process.exit(1);
  }, deadlineMs(options));
  watchdog.unref();

  const machine = machineInfo();
  console.log(`Load benchmark, scenario "${options.scenario}": ${describeRun(options)}`);
  console.log(
    `Draftroom ${machine.revision}. Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}, load average ${machine.loadAverage}`,
  );

  const rounds = new Map<ServerName, TargetResult[]>(options.servers.map((name) => [name, []]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const name of turnOrder(options.servers, round)) {
      console.log(`\n${name}${options.rounds > 1 ? ` (round ${round} of ${options.rounds})` : ''}`);
      const result = await runTarget(launcher(name, options), options, (line) => console.log(line));
      rounds.get(name)?.push(result);
      console.log(
        `  p99 ${result.latency.p99Ms.toFixed(2)} ms, ${result.serverCpu.usPerDelivered.toFixed(2)} µs of server CPU per delivered update`,
      );
      for (const warning of result.warnings) console.log(`  warning: ${warning}`);
    }
  }
  const results = options.servers.map((name) => aggregateRounds(rounds.get(name) ?? []));

  const ratios = ratiosToPeers(results);
  const roundRatios = options.rounds > 1 ? roundRatiosToPeers(rounds) : [];
  console.log(`\n${describeRun(options)}${options.rounds > 1 ? `; medians of ${options.rounds} rounds` : ''}\n`);
  console.log(resultsTable(results));
  console.log(`\nClient side and machine (CPU in % of one core; ${machine.cores} cores):\n`);
  console.log(clientTable(results));
  if (options.rounds > 1) {
    console.log('\nEach round:\n');
    console.log(roundsTable(rounds));
  }
  if (ratios.length > 0) {
    console.log('\nDraftroom as a ratio to each peer (lower is better):\n');
    console.log(ratiosTable(ratios));
  }
  if (roundRatios.length > 0) {
    console.log('\nRound by round (the servers of a round ran back to back):\n');
    console.log(roundRatiosTable(roundRatios));
  }
  const warned = results.filter((r) => r.warnings.length > 0);
  if (warned.length > 0) {
    console.log('\nWarnings:');
    for (const r of warned) for (const w of r.warnings) console.log(`  ${r.server}: ${w}`);
  }

  if (options.json) {
    const report = {
      date: new Date().toISOString(),
      machine,
      options,
      results,
      ratios,
      roundRatios,
      rounds: Object.fromEntries(rounds),
    };
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${options.json}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

/**
 * Round k starts with the k-th server: whoever runs first after the benchmark starts, or right after another
 * server's 1,000 sockets closed (TIME_WAIT, the readers' garbage), is not always the same one.
 */
function turnOrder(servers: readonly ServerName[], round: number): ServerName[] {
  const start = (round - 1) % servers.length;
  return [...servers.slice(start), ...servers.slice(0, start)];
}
