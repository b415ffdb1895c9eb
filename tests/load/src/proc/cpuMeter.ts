import { type CpuTimes, cpuTimes, machineBusyUs } from './procStats.ts';

export interface CpuUse {
  /** User + system µs between the marks. */
  cpuUs: number;
  userUs: number;
  systemUs: number;
  /** cpuUs as a percentage of one core over the wall time between the marks. */
  percent: number;
  wallUs: number;
}

/** CPU time between named marks, of a set of processes or of the whole machine. */
export class CpuMeter {
  private readonly marks = new Map<string, { wallUs: number; cpu: CpuTimes }>();

  private constructor(private readonly sample: () => CpuTimes) {}

  /** The processes' utime and stime, all threads. */
  static ofProcesses(pids: readonly number[]): CpuMeter {
    return new CpuMeter(() =>
      pids
        .map(cpuTimes)
        .reduce((a, b) => ({ user: a.user + b.user, system: a.system + b.system }), { user: 0, system: 0 }),
    );
  }

  /** Every process on the machine: tells what else was running. */
  static ofMachine(): CpuMeter {
    return new CpuMeter(machineBusyUs);
  }

  /** Records the CPU times and the wall-clock time now under `name`. */
  mark(name: string): void {
    this.marks.set(name, { wallUs: Number(process.hrtime.bigint() / 1000n), cpu: this.sample() });
  }

  between(from: string, to: string): CpuUse {
    const a = this.marks.get(from);
    const b = this.marks.get(to);
    if (!a || !b) throw new Error(`no CPU mark "${a ? to : from}"`);
    const userUs = b.cpu.user - a.cpu.user;
    const systemUs = b.cpu.system - a.cpu.system;
    const wallUs = b.wallUs - a.wallUs;
    const cpuUs = userUs + systemUs;
    return { cpuUs, userUs, systemUs, percent: wallUs > 0 ? (cpuUs / wallUs) * 100 : Number.NaN, wallUs };
  }
}
