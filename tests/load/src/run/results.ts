import type { LoopLoad } from '../proc/loopMonitor.ts';
import type { Percentiles } from '../stats/histogram.ts';
import type { ServerTrace } from '../trace/summarizeServerTrace.ts';

/** What one server's run measured: printed as a row of the table, and written to the JSON. */
export interface TargetResult {
  server: string;
  /** Updates sent inside the measured window, all documents. */
  sent: number;
  sentPerSecond: number;
  /** Receipts by other clients of those updates; expected is sent × (clients − 1). */
  delivered: number;
  expected: number;
  deliveredPerSecond: number;
  /** Fan-out latency: the sender's send → each other client's receipt. */
  latency: Percentiles;
  /**
   * The same, for the readers and for the writers apart. Writers are full Yjs clients, all in the benchmark's own
   * process and typing too; a tail that is theirs alone is the benchmark's, not the server's.
   */
  latencyTo: { readers: Percentiles; writers: Percentiles };
  serverCpu: {
    /** Of one core, over the measured window. */
    percent: number;
    /** Server CPU time (window and drain) per delivered update, µs; and its user and kernel (system) parts. */
    usPerDelivered: number;
    userUsPerDelivered: number;
    systemUsPerDelivered: number;
  };
  serverMemory: {
    /** RSS just after start, before any client. */
    startMiB: number;
    /** RSS with every client connected, before typing. */
    connectedMiB: number;
    /** Peak RSS of the process' life (VmHWM). */
    peakMiB: number;
  };
  client: {
    /** All benchmark processes together, % of one core over the window. */
    cpuPercent: number;
    loops: Array<{ process: string } & LoopLoad>;
    maxScheduleLagMs: number;
  };
  /** The whole machine over the window, % of one core: what others ran beside the benchmark shows here. */
  machine: { cores: number; busyPercent: number; othersPercent: number };
  /** Connections the server closed during the run. */
  lostConnections: number;
  warnings: string[];
  /** With --trace: where an update's time went inside the server. */
  serverTrace?: ServerTrace;
}
