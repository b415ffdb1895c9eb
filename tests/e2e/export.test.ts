import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import { openDocument } from './support/documentPage.ts';

describe('exporting from the editor', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.destroy();
  });

  it('downloads the bracketed text as a delegate would take it home', async () => {
    const id = await createFixtureDocument(server.url, server.adminToken);
    const { url } = await createInvite(server.url, server.adminToken, id, {
      role: 'delegate',
      party: 'Norway',
      name: 'Ola',
    });
    const { context, page } = await openDocument(launched.browser, url, 'PARTNERSHIP POLICY');
    try {
      await page.click('[data-testid="export"]');
      await page.check('[data-testid="export-view-bracketed"]');
      await page.check('[data-testid="export-format-txt"]');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="export-download"]'),
      ]);
      expect(download.suggestedFilename()).toBe('UNEP-CMS-COP15-Doc.31-bracketed.txt');
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(text).toContain('PARTNERSHIP POLICY');
      expect(text).toContain(
        '14.AA The Secretariat shall, subject to the availability of resources, develop a partnership policy',
      );
      await page.waitForSelector('[data-testid="export-done"]');
    } finally {
      await context.close();
    }
  });
});
