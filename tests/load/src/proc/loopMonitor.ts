import { type IntervalHistogram, monitorEventLoopDelay, performance } from 'node:perf_hooks';

export interface LoopLoad {
  /** Event-loop utilisation over the window, 0..1: near 1, the process was saturated. */
  utilization: number;
  /** Event-loop delay p99 and max, ms: how late the process got round to what was ready. */
  delayP99Ms: number;
  delayMaxMs: number;
}

const RESOLUTION_MS = 5;

/** Measures how busy this process' event loop is between start() and stop(). */
export class LoopMonitor {
  private start0: ReturnType<typeof performance.eventLoopUtilization> | null = null;
  private delay: IntervalHistogram | null = null;
  private result: LoopLoad | null = null;

  start(): void {
    this.start0 = performance.eventLoopUtilization();
    this.delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.delay.enable();
  }

  stop(): LoopLoad {
    if (!this.start0 || !this.delay) throw new Error('LoopMonitor.stop() before start()');
    this.delay.disable();
    this.result = {
      utilization: performance.eventLoopUtilization(this.start0).utilization,
      // Node records the whole interval between its timer's ticks: the lateness is what exceeds the resolution.
      delayP99Ms: Math.max(0, this.delay.percentile(99) / 1e6 - RESOLUTION_MS),
      delayMaxMs: Math.max(0, this.delay.max / 1e6 - RESOLUTION_MS),
    };
    return this.result;
  }

  /** The last stop()'s figures, or null if the window has not ended. */
  get last(): LoopLoad | null {
    return this.result;
  }

  /** Starts at `fromUs` and stops at `toUs` on the clock `now()` gives (µs). */
  schedule(fromUs: number, toUs: number, now: () => number): void {
    setTimeout(() => this.start(), Math.max(0, (fromUs - now()) / 1000));
    setTimeout(() => this.stop(), Math.max(0, (toUs - now()) / 1000));
  }
}
