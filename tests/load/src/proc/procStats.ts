import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time and memory of a process, read from Linux's /proc (all its threads together). */

let clockTicks: number | null = null;

/** Clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

export interface CpuTimes {
  /** In the process' own code (JavaScript, V8, libuv), µs. */
  user: number;
  /** In the kernel on its behalf (socket writes and reads, fsync), µs. */
  system: number;
}

/** utime and stime of the process so far, in µs (resolution: one clock tick, usually 10 ms). */
export function cpuTimes(pid: number): CpuTimes {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]); // field 14
  const stime = Number(fields[12]); // field 15
  const us = 1e6 / ticksPerSecond();
  return { user: utime * us, system: stime * us };
}

/** CPU time every process on the machine has used so far (all cores, idle and iowait left out), in µs. */
export function machineBusyUs(): CpuTimes {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [, ...ticks] = line.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const tick = (i: number) => ticks[i] ?? 0;
  const us = 1e6 / ticksPerSecond();
  return { user: (tick(0) + tick(1)) * us, system: (tick(2) + tick(5) + tick(6) + tick(7)) * us };
}

export interface Memory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size since the process started (VmHWM), bytes. */
  peakRss: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN) * 1024;
  return { rss: kib('VmRSS'), peakRss: kib('VmHWM') };
}

export function cpuCount(): number {
  try {
    // --all: the machine's, not those this process may use (`--pin` narrows those).
    return Number(execFileSync('nproc', ['--all'], { encoding: 'utf8' }).trim());
  } catch {
    return 1;
  }
}
