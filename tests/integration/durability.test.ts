import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { firstDecisionText } from '../support/demoDocument.ts';
import { type ServerProcess, spawnServer } from '../support/serverProcess.ts';
import { connectClient, waitFor, type YClient } from '../support/yClient.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'draftroom-kill-'));
let server: ServerProcess | null = null;
const clients: YClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('durability', () => {
  it('kill -9 loses nothing that another client had received', async () => {
    server = await spawnServer(dataDir);
    const writer = connectClient(server.url, server.documentId, server.chairToken);
    const { token } = await createInvite(server.url, server.adminToken, server.documentId, { role: 'secretariat' });
    const reader = connectClient(server.url, server.documentId, token);
    clients.push(writer, reader);
    await waitFor(() => writer.provider.synced && reader.provider.synced, 'both synced');

    for (let i = 0; i < 40; i++) firstDecisionText(writer.doc).insert(0, `w${i} `);
    const seen = () => firstDecisionText(reader.doc).toString();
    await waitFor(() => seen().startsWith('w39 '), 'reader received every edit');
    const received = seen();

    await server.kill9();
    for (const client of clients.splice(0)) client.destroy();

    server = await spawnServer(dataDir);
    expect(server.output()).not.toMatch(/Created the demo document/);
    const fresh = connectClient(server.url, server.documentId, server.chairToken);
    clients.push(fresh);
    await waitFor(() => fresh.provider.synced, 'fresh client synced');
    expect(firstDecisionText(fresh.doc).toString()).toBe(received);
  });
});
