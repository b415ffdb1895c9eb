import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import {
  editorText,
  type OpenedDocument,
  openDocument,
  placeCursorInDecision,
  waitForText,
} from './support/documentPage.ts';

const TYPED = 'Text typed by the delegation of Brazil.';

describe('two people drafting one document in the browser', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let browser: Browser;
  let documentId: string;
  let chairPath: string;
  let delegatePath: string;
  const opened: OpenedDocument[] = [];

  const open = async (path: string, expected: string) => {
    const doc = await openDocument(browser, `${server.url}${path}`, expected);
    opened.push(doc);
    return doc;
  };

  const closeAll = async () => {
    for (const doc of opened.splice(0)) await doc.context.close();
  };

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
    browser = launched.browser;
    documentId = await createFixtureDocument(server.url, server.adminToken);
    const chair = await createInvite(server.url, server.adminToken, documentId, {
      role: 'chair',
      name: 'Amina Diallo',
    });
    const delegate = await createInvite(server.url, server.adminToken, documentId, {
      role: 'delegate',
      party: 'Brazil',
      name: 'Ana Souza',
    });
    // Paths only: the server builds links on the origin it was reached at, which a restart changes.
    chairPath = new URL(chair.url).pathname + new URL(chair.url).search;
    delegatePath = new URL(delegate.url).pathname + new URL(delegate.url).search;
  });

  afterAll(async () => {
    await closeAll();
    await launched?.close();
    await server?.destroy();
  });

  it('shows both the printed document, and each one the other’s typing, caret and presence', async () => {
    const chair = await open(chairPath, 'Directed to the Secretariat');
    const delegate = await open(delegatePath, 'Directed to the Secretariat');

    for (const { page } of [chair, delegate]) {
      const text = await editorText(page);
      expect(text.toUpperCase()).toContain('PARTNERSHIP POLICY');
      expect(text).toContain('Directed to the Secretariat');
      expect(text).toContain('14.AA');
      // Printed in capitals whatever the case of the stored heading.
      expect(
        await page.evaluate(`getComputedStyle(document.querySelector('[data-testid="editor"] h2')).textTransform`),
      ).toBe('uppercase');
    }

    await placeCursorInDecision(delegate.page, '14.AA');
    await delegate.page.keyboard.type(` ${TYPED}`);
    await waitForText(chair.page, TYPED);
    // "Saved" comes from the server's Ack of the delegate's own updates, once they are on disk.
    await delegate.page.waitForSelector('[data-testid="connection-status"][data-saved="true"]', { timeout: 15_000 });
    expect(await delegate.page.locator('[data-testid="connection-status"]').textContent()).toContain('Saved');

    const label = chair.page.locator('.collaboration-carets__label', { hasText: 'Ana Souza (Brazil)' });
    await label.waitFor({ state: 'visible', timeout: 15_000 });

    for (const { page } of [chair, delegate]) {
      const items = `[...document.querySelectorAll('[data-testid="presence-item"]')]`;
      await page.waitForFunction(`${items}.length === 2`, undefined, { timeout: 15_000 });
      const parties = (await page.evaluate(`${items}.map((el) => el.getAttribute('data-party'))`)) as string[];
      expect(parties).toContain('Brazil');
      const titles = (await page.evaluate(`${items}.map((el) => el.getAttribute('title')).join(' | ')`)) as string;
      expect(titles).toContain('Ana Souza');
      expect(titles).toContain('Amina Diallo');
    }
  });

  it('shows the typed text again after a reload', async () => {
    const delegate = opened[1];
    if (!delegate) throw new Error('the first test opens the delegate page');
    await delegate.page.reload();
    await delegate.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await waitForText(delegate.page, TYPED);
  });

  it('loses nothing when the server restarts on the same data', async () => {
    // Old clients would re-send their copy on reconnect and hide a storage bug: close them first.
    await closeAll();
    const { dataDir } = server;
    await server.close();
    server = await startTestServer({ dataDir });
    const delegate = await open(delegatePath, TYPED);
    expect(await editorText(delegate.page)).toContain('Directed to the Secretariat');
    const chair = await open(chairPath, TYPED);
    expect((await editorText(chair.page)).toUpperCase()).toContain('PARTNERSHIP POLICY');
  });

  it('keeps edits made offline and sends them when the server is back', async () => {
    const delegate = await open(delegatePath, TYPED);
    const status = delegate.page.locator('[data-testid="connection-status"]');
    const { dataDir, port } = server;
    await server.close();
    await delegate.page.waitForSelector('[data-testid="connection-status"][data-state="disconnected"]', {
      timeout: 15_000,
    });
    expect(await status.textContent()).toContain('your changes are kept');

    await placeCursorInDecision(delegate.page, '14.AA');
    await delegate.page.keyboard.type(' Written while offline.');
    // Same port: the open page reconnects to the address it knows.
    server = await startTestServer({ dataDir, env: { PORT: String(port) } });
    await delegate.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', {
      timeout: 20_000,
    });

    const chair = await open(chairPath, 'Written while offline.');
    expect(await editorText(chair.page)).toContain(TYPED);
  });
});
