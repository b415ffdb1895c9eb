import { resolve } from 'node:path';
import type { ReaderClient } from './clients/readerMessages.ts';

/** The command line of `npm run bench`: named scenarios, free flags, and their defaults. */

export const SERVER_NAMES = ['draftroom', 'hocuspocus', 'y-websocket'] as const;
/** `draftroom-baseline` is another build of Draftroom, measured alongside when `--baseline` names one. */
export const BASELINE = 'draftroom-baseline';
export type ServerName = (typeof SERVER_NAMES)[number] | typeof BASELINE;

export interface BenchOptions {
  scenario: string;
  /** Clients per document, writers included. */
  clients: number;
  docs: number;
  /** Updates per second in total across each document. */
  rate: number;
  /** Full Y.Doc writers per document; the other clients are raw readers. */
  writers: number;
  /** Measured seconds of typing, after the warm-up. */
  seconds: number;
  warmup: number;
  servers: ServerName[];
  /** Each server is measured this many times, taking turns; the tables show the medians. */
  rounds: number;
  /** Processes the readers are spread over. */
  readerProcesses: number;
  /** The readers' WebSocket client. */
  readerClient: ReaderClient;
  json: string | null;
  /** Directory for V8 CPU profiles of the servers (node --cpu-prof), or null. */
  profile: string | null;
  /** Directory for the servers' traces (trace/serverTrace.cjs), or null. */
  trace: string | null;
  /** Another build of Draftroom's server (a main.js) to measure as `draftroom-baseline`, or null. */
  baseline: string | null;
  /** The server on some CPUs and the benchmark's clients on others (`taskset` lists), or null: any CPU. */
  pin: { server: string; clients: string } | null;
}

interface Scenario {
  description: string;
  values: Partial<BenchOptions>;
}

/**
 * The two goals of issue 6, and a default that finishes in about a minute for all three servers. The goals are
 * measured after 20 s of typing: a server's hot paths are still being compiled by V8 for the first 20–30 s at
 * these rates (TurboFan took 9 % of Draftroom's CPU, and 6 % of y-websocket's, from 7 to 19 s after the start),
 * and a room in session runs for hours.
 */
export const SCENARIOS: Record<string, Scenario> = {
  default: {
    description: '200 clients in 1 document at 100 updates/s, 10 s measured (a quick look)',
    values: { clients: 200, docs: 1, rate: 100, writers: 10, seconds: 10, warmup: 2 },
  },
  room200: {
    description: 'a drafting room: 200 clients in 1 document at 100 updates/s in total',
    values: { clients: 200, docs: 1, rate: 100, writers: 10, seconds: 20, warmup: 20 },
  },
  plenary1000: {
    description: 'a plenary watching: 1,000 clients in 1 document at 20 updates/s in total',
    values: { clients: 1000, docs: 1, rate: 20, writers: 4, seconds: 20, warmup: 20 },
  },
};

/** Hard bounds: the benchmark must stay bounded in count and time whatever it is given. */
const LIMITS = {
  clients: [2, 5000],
  docs: [1, 50],
  rate: [1, 5000],
  writers: [1, 100],
  seconds: [1, 300],
  warmup: [0, 60],
  readerProcesses: [1, 8],
  rounds: [1, 10],
} as const satisfies Record<string, readonly [number, number]>;

const USAGE = `Usage: npm run bench -- [--scenario NAME] [flags]

Scenarios: ${Object.entries(SCENARIOS)
  .map(([name, s]) => `\n  ${name.padEnd(12)} ${s.description}`)
  .join('')}

Flags (override the scenario's values):
  --clients N           clients per document, writers included
  --docs M              documents, each with N clients
  --rate R              updates per second in total per document
  --writers W           full Y.Doc writers per document (the rest are raw readers)
  --seconds S           measured seconds
  --warmup S            seconds of typing before measuring
  --servers LIST        comma-separated: ${SERVER_NAMES.join(',')}
  --reader-processes P  processes that host the readers
  --reader-client C     the readers' WebSocket client: bare (default) or ws
  --rounds K            measure each server K times, taking turns (medians are reported; default 1)
  --json FILE           also write the results as JSON
  --profile DIR         write a V8 CPU profile of each server into DIR (servers that exit on SIGTERM:
                        Draftroom and Hocuspocus; the y-websocket reference server writes none)
  --trace DIR           time each update inside each server (read, first and last socket write; preloaded
                        trace/serverTrace.cjs) and print where its time went; traces are kept in DIR
  --baseline FILE       also measure another build of Draftroom's server, as draftroom-baseline: build the
                        revision to compare with, then copy server/dist/main.js beside it (server/dist/baseline.js)
  --pin S:C             run each server on CPUs S and the benchmark's clients on CPUs C (taskset lists, e.g.
                        0:1): the server measured apart from where the kernel places the clients beside it
`;

export class UsageError extends Error {}

function numberFlag(name: keyof typeof LIMITS, raw: string | undefined): number {
  const value = Number(raw);
  const [min, max] = LIMITS[name];
  if (raw === undefined || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${raw ?? ''}"`);
  }
  return value;
}

function serverList(raw: string | undefined): ServerName[] {
  const names = (raw ?? '').split(',').filter(Boolean);
  for (const name of names) {
    if (!(SERVER_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown server "${name}"; choose from ${SERVER_NAMES.join(', ')}`);
    }
  }
  if (names.length === 0) throw new UsageError('--servers needs at least one server');
  return names as ServerName[];
}

const FLAG_TO_OPTION: Record<string, keyof typeof LIMITS> = {
  '--clients': 'clients',
  '--docs': 'docs',
  '--rate': 'rate',
  '--writers': 'writers',
  '--seconds': 'seconds',
  '--warmup': 'warmup',
  '--reader-processes': 'readerProcesses',
  '--rounds': 'rounds',
};

/** Parses argv (without node and the script); throws UsageError with the usage text on `--help`. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const pairs: Array<[string, string | undefined]> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) pairs.push([arg.slice(0, eq), arg.slice(eq + 1)]);
    else pairs.push([arg, argv[++i]]);
  }

  const scenarioName = pairs.find(([flag]) => flag === '--scenario')?.[1] ?? 'default';
  const scenario = SCENARIOS[scenarioName];
  if (!scenario) throw new UsageError(`unknown scenario "${scenarioName}"\n\n${USAGE}`);
  const options: BenchOptions = {
    scenario: scenarioName,
    clients: 200,
    docs: 1,
    rate: 100,
    writers: 10,
    seconds: 10,
    warmup: 2,
    servers: [...SERVER_NAMES],
    readerProcesses: 1,
    readerClient: 'bare',
    rounds: 1,
    json: null,
    profile: null,
    trace: null,
    baseline: null,
    pin: null,
    ...scenario.values,
  };

  for (const [flag, value] of pairs) {
    if (flag === '--scenario') continue;
    const numeric = FLAG_TO_OPTION[flag];
    if (numeric) options[numeric] = numberFlag(numeric, value);
    else if (flag === '--servers') options.servers = serverList(value);
    else if (flag === '--reader-client') {
      if (value !== 'bare' && value !== 'ws') throw new UsageError('--reader-client is bare or ws');
      options.readerClient = value;
    } else if (flag === '--pin') {
      const match = /^([0-9][0-9,-]*):([0-9][0-9,-]*)$/.exec(value ?? '');
      if (!match) throw new UsageError('--pin is SERVER_CPUS:CLIENT_CPUS, e.g. 0:1');
      options.pin = { server: match[1] as string, clients: match[2] as string };
    } else if (flag === '--json' || flag === '--profile' || flag === '--trace' || flag === '--baseline') {
      if (!value) throw new UsageError(`${flag} needs a path`);
      // npm runs scripts from the package root: paths are taken relative to where the command was typed.
      options[flag.slice(2) as 'json' | 'profile' | 'trace' | 'baseline'] = resolve(
        process.env.INIT_CWD ?? process.cwd(),
        value,
      );
    } else throw new UsageError(`unknown flag "${flag}"\n\n${USAGE}`);
  }
  for (const name of ['clients', 'docs', 'rate', 'writers', 'readerProcesses', 'rounds'] as const) {
    options[name] = Math.round(options[name]);
  }
  if (options.baseline && !options.servers.includes(BASELINE)) options.servers.push(BASELINE);
  if (options.writers >= options.clients) {
    throw new UsageError(`--writers (${options.writers}) must be fewer than --clients (${options.clients})`);
  }
  return options;
}
