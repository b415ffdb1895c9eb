import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFaults } from '../support/runFaults.ts';

/** The CI size; `npm run bench:faults` kills it twenty times. FAULT_SEED replays a run. */
const KILLS = Number(process.env.FAULT_KILLS ?? 5);
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);
const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-faults-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('crashes', () => {
  it(`loses nothing acknowledged or seen by a peer across ${KILLS} kill -9 of the server, and every client converges (seed ${SEED})`, {
    timeout: 240_000,
  }, async () => {
    const report = await runFaults(dataDir, 20, KILLS, SEED);
    console.log(JSON.stringify(report));
    expect(report.editsTyped).toBeGreaterThan(0);
    expect(report.lost).toBe(0);
    expect(report.converged).toBe(true);
  });
});
