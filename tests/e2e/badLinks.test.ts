import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';

/** Every WebSocket the page makes, and whether it is closed; run in the page before its own scripts. */
const RECORD_SOCKETS = `(() => {
  window.__sockets = [];
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      window.__sockets.push(this);
    }
  };
})()`;

const socketsMade = (page: Page) => page.evaluate('window.__sockets.length') as Promise<number>;

/**
 * The page opens the document's connection before it knows whether the link is good (early.ts). When the link
 * turns out not to open the document, the page says why and the connection must stop: retrying in the
 * background, for as long as the tab stays open, would only knock on the server's door.
 */
describe('a link that does not open the document', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let browser: Browser;
  let documentId: string;

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
    browser = launched.browser;
    documentId = await createFixtureDocument(server.url, server.adminToken);
  });

  afterAll(async () => {
    await launched?.close();
    await server?.destroy();
  });

  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    await context.addInitScript(RECORD_SOCKETS);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function expectNoConnectionLeft(page: Page): Promise<void> {
    await page.waitForFunction('window.__sockets.every((socket) => socket.readyState === WebSocket.CLOSED)');
    const made = await socketsMade(page);
    // y-websocket retries a refused connection after 100 ms, then 200, 400…: within a second it would have
    // opened at least two more. None may come.
    const retried = await page
      .waitForFunction(`window.__sockets.length > ${made}`, undefined, { timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    expect(retried).toBe(false);
  }

  it('says an invitation that is not valid is not valid, and stops connecting', async () => {
    const page = await open(`/d/${documentId}?token=not-a-real-token`);
    await page.waitForSelector('[data-testid="document-error"]');
    expect(await page.textContent('[data-testid="document-error"]')).toContain('This invitation link is not valid');
    await expectNoConnectionLeft(page);
  });

  it('says an invitation to another document gives no access here, and stops connecting', async () => {
    const other = await createFixtureDocument(server.url, server.adminToken);
    const { token } = await createInvite(server.url, server.adminToken, other, { role: 'delegate', party: 'Brazil' });
    const page = await open(`/d/${documentId}?token=${encodeURIComponent(token)}`);
    await page.waitForSelector('[data-testid="document-error"]');
    expect(await page.textContent('[data-testid="document-error"]')).toContain('does not give access');
    await expectNoConnectionLeft(page);
  });
});
