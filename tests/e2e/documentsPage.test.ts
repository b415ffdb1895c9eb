import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TEXT } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import { waitForText } from './support/documentPage.ts';

describe('the documents page', () => {
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

  it('creates a document from pasted text after previewing the import, lists it and opens it as chair', async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?admin=${encodeURIComponent(server.adminToken)}`);
    // The admin token moves to localStorage and out of the address bar.
    await page.waitForSelector('[data-testid="new-document"]');
    expect(page.url()).not.toContain('admin=');

    await page.click('[data-testid="new-document"]');
    await page.fill('[data-testid="new-doc-title"]', 'Synergies and partnerships (pasted)');
    await page.fill('[data-testid="new-doc-meeting"]', 'CMS COP15');
    await page.fill('[data-testid="new-doc-symbol"]', 'UNEP/CMS/COP15/Doc.31');
    await page.check('[data-testid="new-doc-mode-text"]');
    expect(await page.isDisabled('[data-testid="new-doc-create"]')).toBe(true);
    await page.fill('[data-testid="new-doc-text"]', FIXTURE_TEXT);
    await page.click('[data-testid="new-doc-preview"]');

    const preview = page.locator('[data-testid="import-preview"]');
    await preview.waitFor({ timeout: 15_000 });
    const previewText = ((await preview.textContent()) ?? '').toUpperCase();
    expect(previewText).toContain('PARTNERSHIP POLICY');
    expect(previewText).toContain('DIRECTED TO THE SECRETARIAT');

    await page.click('[data-testid="new-doc-create"]');
    await page.waitForSelector('[data-testid="created-notice"]');
    const row = page.locator('[data-testid="document-row"]', { hasText: 'Synergies and partnerships (pasted)' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('UNEP/CMS/COP15/Doc.31');

    await row.locator('[data-testid="open-as-chair"]').click();
    await page.waitForURL(/\/d\/[^/?]+$/, { timeout: 15_000 });
    await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await waitForText(page, 'Directed to the Secretariat');
    expect(await page.locator('[data-testid="document-title"]').textContent()).toBe(
      'Synergies and partnerships (pasted)',
    );
    await context.close();
  });
});
