/**
 * The wire-level fuzz at full size: 100,000 random and mutated messages at a running server.
 *   npm run bench:fuzz [-- --messages 100000 --seed 1]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from '../../../support/runFuzz.ts';
import { spawnServer } from '../../../support/serverProcess.ts';

const { values } = parseArgs({
  options: { messages: { type: 'string', default: '100000' }, seed: { type: 'string' } },
});
const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-fuzz-'));
const server = await spawnServer(dataDir);
try {
  const report = await runFuzz(server, Number(values.messages), Number(values.seed ?? Date.now() % 1_000_000));
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.serverAlive && report.honestClientsWork && report.watchdogMaxMs < 100 ? 0 : 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
