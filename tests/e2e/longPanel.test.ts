import { MessageType } from '@draftroom/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompilation } from '../load/src/documents/generateCompilation.ts';
import { createInvite } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import { type OpenedDocument, openDocument, waitForText } from './support/documentPage.ts';

const cards = (opened: OpenedDocument) =>
  opened.page.locator('[data-testid="amendments-panel"] .amendment-card').count();

describe('a long compilation text', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let chair: OpenedDocument;

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
    const compilation = generateCompilation(20, 120);
    await server.store.createDocument(
      { id: 'compilation', title: 'Compilation', meeting: 'CMS COP15', symbol: 'CRP.1', status: 'negotiation' },
      compilation.update,
    );
    const { url } = await createInvite(server.url, server.adminToken, 'compilation', { role: 'chair', name: 'Chair' });
    chair = await openDocument(launched.browser, url, 'Directed to the Secretariat');
  });

  afterAll(async () => {
    await launched?.close();
    await server?.destroy();
  });

  it('opens with the first 50 cards and brings the rest on request, counting all 120', async () => {
    const { page } = chair;
    await page.waitForSelector('[data-testid="more-amendments"]');
    expect(await page.textContent('[data-testid="pending-count"]')).toBe('120 pending');
    expect(await cards(chair)).toBe(50);
    expect(await page.textContent('[data-testid="more-amendments"]')).toBe('Show 70 more (70 not shown)');
    // Clicked where it is, as a keyboard user's Enter does: Playwright's click scrolls the button into view first,
    // and a button in view brings the cards by itself (IntersectionObserver), so on a busy machine the button could
    // be gone before the click landed.
    await page
      .locator('[data-testid="more-amendments"]')
      .evaluate((button) => (button as unknown as { click(): void }).click());
    await page.waitForSelector('[data-testid="more-amendments"]', { state: 'detached' });
    expect(await cards(chair)).toBe(120);
  });

  it('shows the number of a decision far down in its margin, and the chair can click it', async () => {
    const { page } = chair;
    // Decisions off screen are not laid out until they come near (content-visibility); the hanging number sits
    // outside the decision's box and must neither be clipped nor stop taking clicks.
    const last = page.locator('[data-testid="outline-decision"]').last();
    const label = (await last.locator('.outline__link').textContent())?.trim();
    expect(label).toBe('15.20');
    await last.locator('.outline__link').click();
    const number = page.locator('[data-testid="decision-number"]', { hasText: '15.20' });
    await number.waitFor({ state: 'visible' });
    await number.click({ timeout: 5_000 });
    await page.waitForSelector('[data-testid="decision-number-dialog"]');
    expect(await page.inputValue('[data-testid="decision-number-input"]')).toBe('15.20');
    await page.keyboard.press('Escape');
  });

  it('draws the text once: what the editor does as it appears does not redraw every block', async () => {
    const { page } = chair;
    // EditorContent calls createNodeViews() as it mounts (tiptap#6286); it must leave the drawn blocks alone, and
    // still bring the blocks' own views back after an unmount has taken them away.
    const kept = await page.evaluate(`(() => {
      const { editor } = window.__draftroom;
      const first = document.querySelector('[data-testid="editor"] article.decision');
      editor.createNodeViews();
      return first.isConnected && document.querySelector('[data-testid="editor"] article.decision') === first;
    })()`);
    expect(kept).toBe(true);
    const restored = await page.evaluate(`(() => {
      const { editor } = window.__draftroom;
      editor.view.setProps({ nodeViews: {} });
      const plain = document.querySelectorAll('[data-testid="editor"] [data-testid="decision-number"]').length;
      editor.createNodeViews();
      return [plain, document.querySelectorAll('[data-testid="editor"] [data-testid="decision-number"]').length];
    })()`);
    expect(restored).toEqual([0, 20]);
  });

  it('loads the text gzipped over the WebSocket (a fifth of the bytes) and counts its amendments only once read', async () => {
    const { url } = await createInvite(server.url, server.adminToken, 'compilation', { role: 'observer' });
    const context = await launched.browser.newContext({ viewport: { width: 1360, height: 900 } });
    // Every text the pending count shows, from the first: it must never claim none while the text is loading.
    await context.addInitScript(`(() => {
      window.__counts = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="pending-count"]')?.textContent;
        if (text && window.__counts.at(-1) !== text) window.__counts.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    })()`);
    try {
      const page = await context.newPage();
      const largeFrames: Array<{ type: number; bytes: number }> = [];
      page.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => {
          if (typeof payload !== 'string' && payload.byteLength > 10_000)
            largeFrames.push({ type: payload[0] as number, bytes: payload.byteLength });
        }),
      );
      await page.goto(url);
      await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 15_000 });
      await waitForText(page, '15.20');
      await page.waitForFunction(
        `document.querySelector('[data-testid="pending-count"]')?.textContent === '120 pending'`,
        undefined,
        { timeout: 15_000 },
      );
      expect(await page.evaluate('window.__counts')).toEqual(['Counting…', '120 pending']);
      // The document (108 kB of Yjs state) came as one CompressedSyncStep2, and nothing that large besides.
      expect(largeFrames.map((frame) => frame.type)).toEqual([MessageType.CompressedSyncStep2]);
      expect(largeFrames[0]?.bytes).toBeLessThan(108_000 / 3);
    } finally {
      await context.close();
    }
  });
});
