import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { cpuCount } from '../proc/procStats.ts';

/** The machine a run was measured on, and the revision of Draftroom measured, for the report. */
export interface MachineInfo {
  /** `git describe`-like: the commit, with "-dirty" if the work tree had changes. */
  revision: string;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  loadAverage: string;
}

export function machineInfo(): MachineInfo {
  let cpuModel = 'unknown';
  let loadAverage = '';
  try {
    cpuModel =
      readFileSync('/proc/cpuinfo', 'utf8')
        .match(/^model name\s*:\s*(.+)$/m)?.[1]
        ?.trim() ?? cpuModel;
    loadAverage = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    // Not Linux: the report says unknown.
  }
  return {
    revision: revision(),
    cores: cpuCount(),
    cpuModel,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    loadAverage,
  };
}

function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: 'pipe' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'server', 'packages') ? '-dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}
