/**
 * The fault test at full size: 20 clients typing, the server killed with SIGKILL twenty times.
 *   npm run bench:faults [-- --kills 20 --clients 20 --seed 1]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFaults } from '../../../support/runFaults.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    clients: { type: 'string', default: '20' },
    seed: { type: 'string' },
  },
});
const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-faults-'));
try {
  const report = await runFaults(
    dataDir,
    Number(values.clients),
    Number(values.kills),
    Number(values.seed ?? Date.now() % 1_000_000),
  );
  console.table([report]);
  process.exitCode = report.lost === 0 && report.converged ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
