import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { selectText } from './support/amendmentsPage.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import { editorText, openDocument, waitForText } from './support/documentPage.ts';

/** How many updates the page's local copies (IndexedDB) hold: the chair's edits are kept there too. */
const LOCAL_UPDATES = `(async () => {
  let total = 0;
  for (const { name } of await indexedDB.databases()) {
    if (!name || !name.startsWith('draftroom:')) continue;
    total += await new Promise((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('updates')) { db.close(); resolve(0); return; }
        const count = db.transaction('updates').objectStore('updates').count();
        count.onsuccess = () => { db.close(); resolve(count.result); };
        count.onerror = () => reject(count.error);
      };
    });
  }
  return total;
})()`;

const localUpdates = (page: Page) => page.evaluate(LOCAL_UPDATES) as Promise<number>;

describe('working offline', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
    browser = launched.browser;
  });
  afterAll(async () => {
    await launched?.close();
    await server?.destroy();
  });

  it('keeps the chair’s edits in the browser, so a tab closed while offline loses nothing', async () => {
    const id = await createFixtureDocument(server.url, server.adminToken);
    const chairPath = new URL(
      (await createInvite(server.url, server.adminToken, id, { role: 'chair', name: 'Amina Diallo' })).url,
    );
    const chair = await openDocument(browser, `${server.url}${chairPath.pathname}${chairPath.search}`, 'PARTNERSHIP');
    try {
      const { dataDir, port } = server;
      await server.close();
      await chair.page.waitForSelector('[data-testid="connection-status"][data-state="disconnected"]', {
        timeout: 15_000,
      });
      const before = await localUpdates(chair.page);
      await selectText(chair.page, 'simplified UNEP policy.', { collapse: 'end' });
      await chair.page.keyboard.type(' Agreed while offline.');
      expect(await chair.page.getAttribute('[data-testid="connection-status"]', 'data-saved')).toBe('false');
      await chair.page.waitForFunction(`${LOCAL_UPDATES}.then((n) => n > ${before})`);
      await chair.page.close();

      server = await startTestServer({ dataDir, env: { PORT: String(port) } });
      // A new tab of the same browser: the invitation link again, the local copy still there.
      const page = await chair.context.newPage();
      await page.goto(`${server.url}${chairPath.pathname}${chairPath.search}`);
      await page.waitForSelector('[data-testid="connection-status"][data-state="connected"][data-saved="true"]', {
        timeout: 20_000,
      });
      await waitForText(page, 'Agreed while offline.');

      const delegateUrl = (
        await createInvite(server.url, server.adminToken, id, { role: 'delegate', party: 'Brazil', name: 'Ana Souza' })
      ).url;
      const delegate = await openDocument(browser, delegateUrl, 'Agreed while offline.');
      expect(await editorText(delegate.page)).toContain('simplified UNEP policy. Agreed while offline.');
      await delegate.context.close();
    } finally {
      await chair.context.close();
    }
  });
});
