import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFuzz } from '../support/runFuzz.ts';
import { type ServerProcess, spawnServer } from '../support/serverProcess.ts';

/** The CI size; `npm run bench:fuzz` sends 100,000. FUZZ_SEED replays a run. */
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-fuzz-'));
let server: ServerProcess;

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile input', () => {
  it(`survives ${MESSAGES} random and mutated protocol messages (seed ${SEED})`, { timeout: 300_000 }, async () => {
    server = await spawnServer(dataDir);
    const report = await runFuzz(server, MESSAGES, SEED);
    console.log(JSON.stringify(report));
    expect(report.serverAlive).toBe(true);
    expect(report.honestClientsWork).toBe(true);
    expect(report.messagesSent).toBe(MESSAGES);
    expect(report.watchdogMaxMs).toBeLessThan(100);
    expect(report.rssMaxMb - report.rssStartMb).toBeLessThan(200);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
