import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor } from '../support/yClient.ts';

/** Opening a document's page from an invite link starts loading its room before the editor connects. */
describe('the document page warms its room', () => {
  let server: TestServer;
  let clientDir: string;
  let documentId: string;
  let otherId: string;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), 'draftroom-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Draftroom</title>');
    server = await startTestServer({ env: { CLIENT_DIR: clientDir, IDLE_UNLOAD_MS: '300' } });
    documentId = await createFixtureDocument(server.url, server.adminToken);
    otherId = await createFixtureDocument(server.url, server.adminToken);
    ({ token } = await createInvite(server.url, server.adminToken, documentId, { role: 'delegate', party: 'Kenya' }));
    ({ token: otherToken } = await createInvite(server.url, server.adminToken, otherId, { role: 'observer' }));
  });

  afterAll(async () => {
    await server?.destroy();
    rmSync(clientDir, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Draftroom</title>');
  };

  it('loads nothing for a page without a valid link for that document', async () => {
    await page(`/d/${documentId}`);
    await page(`/d/${documentId}?token=not-a-token`);
    await page(`/d/${otherId}?token=${encodeURIComponent(token)}`);
    await page('/d/no-such-document?token=x');
    // Give a wrongly started load the time to show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.rooms.loadedCount).toBe(0);
  });

  it('loads the room when the page is opened with a valid link, and unloads it if nobody connects', async () => {
    await page(`/d/${documentId}?token=${encodeURIComponent(token)}`);
    await waitFor(() => server.rooms.loadedCount === 1, 'the room to be loaded by the page request');
    await waitFor(() => server.rooms.loadedCount === 0, 'the idle room to be unloaded', 5_000);
  });

  it('keeps the room of an editor that connects after the page', async () => {
    await page(`/d/${documentId}?token=${encodeURIComponent(token)}`);
    const client = connectClient(server.url, documentId, token);
    try {
      await waitFor(() => client.provider.synced, 'the editor to be synced');
      // Another document warmed after ours and left alone: once it is unloaded, our room's idle delay is over.
      await page(`/d/${otherId}?token=${encodeURIComponent(otherToken)}`);
      await waitFor(() => server.rooms.loadedCount === 2, 'the other room to be loaded');
      await waitFor(() => server.rooms.loadedCount === 1, 'the other room to be unloaded', 5_000);
      expect(await server.rooms.peek(documentId)).toBeDefined();
    } finally {
      client.destroy();
    }
  });
});
