import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../support/api.ts';
import { createFixtureDocument } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { card, panelDescriptions, records, selectText, waitForCard } from './support/amendmentsPage.ts';
import { type LaunchedBrowser, launchChromium } from './support/browser.ts';
import {
  editorText,
  type OpenedDocument,
  openDocument,
  placeCursorInDecision,
  waitForText,
} from './support/documentPage.ts';

const REPLACE = "Brazil: replace 'develop' with 'prepare'";
const DELETE = "Brazil: delete 'simplified'";
const INSERT = "Brazil: insert ', IPBES'";

/** The document's text as both screens print it, to compare them. */
const printed = async (page: Page) => (await editorText(page)).replace(/\s+/g, ' ');

const waitSaved = (page: Page) =>
  page.waitForSelector('[data-testid="connection-status"][data-state="connected"][data-saved="true"]', {
    timeout: 15_000,
  });

/** Runs a script in the page; the tests' TypeScript has no DOM types, so scripts are strings. */
const inPage = <T>(page: Page, script: string) => page.evaluate(script) as Promise<T>;

describe('tracked amendments: a delegation proposes, the chair decides', () => {
  let server: TestServer;
  let launched: LaunchedBrowser;
  let browser: Browser;
  let documentId: string;
  let chairUrl: string;
  let brazilUrl: string;
  let chair: OpenedDocument;
  let brazil: OpenedDocument;

  beforeAll(async () => {
    server = await startTestServer();
    launched = await launchChromium();
    browser = launched.browser;
    documentId = await createFixtureDocument(server.url, server.adminToken);
    chairUrl = (await createInvite(server.url, server.adminToken, documentId, { role: 'chair', name: 'Amina Diallo' }))
      .url;
    brazilUrl = (
      await createInvite(server.url, server.adminToken, documentId, {
        role: 'delegate',
        party: 'Brazil',
        name: 'Ana Souza',
      })
    ).url;
    chair = await openDocument(browser, chairUrl, 'Directed to the Secretariat');
    brazil = await openDocument(browser, brazilUrl, 'Directed to the Secretariat');
    for (const [who, page] of [
      ['chair', chair.page],
      ['brazil', brazil.page],
    ] as const) {
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') console.log(`${who}: ${message.text()}`);
      });
    }
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    console.log('chair text:', await printed(chair.page));
    console.log('brazil text:', await printed(brazil.page));
    console.log('chair panel:', JSON.stringify(await panelDescriptions(chair.page)));
    console.log('brazil panel:', JSON.stringify(await panelDescriptions(brazil.page)));
    console.log('records:', JSON.stringify(await records(chair.page)));
  });

  afterAll(async () => {
    await chair?.context.close();
    await brazil?.context.close();
    await launched?.close();
    await server?.destroy();
  });

  it('shows the delegate’s insertion, deletion and replacement live on the chair’s screen, attributed to Brazil', async () => {
    expect(await brazil.page.locator('[data-testid="mode-badge"]').textContent()).toBe('Suggesting');

    await selectText(brazil.page, 'develop');
    await brazil.page.keyboard.type('prepare');
    await selectText(brazil.page, 'simplified ');
    await brazil.page.keyboard.press('Backspace');
    await selectText(brazil.page, 'UNESCO', { collapse: 'end' });
    await brazil.page.keyboard.type(', IPBES');

    for (const description of [REPLACE, DELETE, INSERT]) await waitForCard(chair.page, description);
    expect(await chair.page.locator('[data-testid="pending-count"]').textContent()).toBe('3 pending');
    expect(await card(chair.page, REPLACE).getAttribute('data-party')).toBe('Brazil');
    // In the text: underlined and struck in Brazil's name, with its short name on hover.
    const marks = await inPage<string[]>(
      chair.page,
      `[...document.querySelectorAll('[data-testid="editor"] [data-party="Brazil"]')].map((el) => el.tagName + ':' + el.textContent + ':' + el.title)`,
    );
    expect(marks.some((m) => m.startsWith('INS:prepare:Brazil (BR) proposes to insert'))).toBe(true);
    expect(marks.some((m) => m.startsWith('DEL:develop:'))).toBe(true);
    expect(marks.some((m) => m.startsWith('INS:, IPBES:'))).toBe(true);
    expect(await chair.page.locator('[data-testid="outline-pending"]').allTextContents()).toEqual(['1', '2']);

    // Undo in suggesting mode takes a proposal back, and the record says it was withdrawn.
    await selectText(brazil.page, 'their conservation', { collapse: 'end' });
    await brazil.page.keyboard.type(' and habitats');
    await waitForCard(chair.page, "Brazil: insert 'and habitats'");
    await brazil.page.keyboard.press('Control+z');
    await chair.page.waitForFunction(
      `![...document.querySelectorAll('[data-testid="amendment-description"]')].some((el) => el.textContent.includes('and habitats'))`,
    );
    await waitSaved(brazil.page);
    const withdrawn = Object.values(await records(chair.page)).find((r) => JSON.stringify(r).includes('and habitats'));
    expect(withdrawn?.history.map((h) => `${h.status} by ${h.by}`)).toEqual([
      'proposed by Ana Souza',
      'withdrawn by Ana Souza',
    ]);
  });

  it('lets the chair accept one with the panel and reject another with the keyboard; both screens agree, and so does a reload', async () => {
    await card(chair.page, REPLACE).locator('[data-testid="amendment-accept"]').click();
    // The chair moves on to the next amendment in the text (the deletion after it); the keyboard goes back up
    // to the insertion in the first decision.
    await chair.page.waitForSelector(`[data-testid="amendment-card"][aria-current="true"]:has-text("simplified")`);
    await chair.page.keyboard.press('Alt+Shift+ArrowUp');
    await chair.page.waitForSelector(`[data-testid="amendment-card"][aria-current="true"]:has-text("IPBES")`);
    await chair.page.waitForSelector('[data-testid="amendment-popover"]');
    await chair.page.keyboard.press('Alt+Shift+Backspace');

    await chair.page.waitForFunction(
      `document.querySelector('[data-testid="pending-count"]').textContent === '1 pending'`,
    );
    await waitForText(brazil.page, 'shall, subject to the availability of resources, prepare a partnership policy');
    await waitForText(chair.page, 'shall, subject to the availability of resources, prepare a partnership policy');
    const text = await printed(chair.page);
    expect(text).not.toContain('IPBES');
    expect(text).not.toContain('develop');
    await brazil.page.waitForFunction(
      `!document.querySelector('[data-testid="editor"]').textContent.includes('IPBES')`,
    );
    expect(await printed(brazil.page)).toBe(text);

    await waitSaved(chair.page);
    await chair.page.reload();
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await waitForText(chair.page, 'prepare a partnership policy');
    expect(await printed(chair.page)).toBe(text);

    // The record holds both decisions, with who and when; the panel's history says so too.
    const all = Object.values(await records(chair.page));
    const decided = all
      .map((r) => r.history.at(-1))
      .filter((h) => h && h.status !== 'proposed')
      .map((h) => ({ status: h?.status, by: h?.by, party: h?.party, at: Number.isNaN(Date.parse(h?.at ?? '')) }));
    expect(decided).toEqual(
      expect.arrayContaining([
        { status: 'accepted', by: 'Amina Diallo', party: null, at: false },
        { status: 'rejected', by: 'Amina Diallo', party: null, at: false },
      ]),
    );
    await chair.page.check('[data-testid="filter-status-accepted"]');
    await chair.page.waitForSelector('[data-testid="amendment-decision"]:has-text("Accepted by Amina Diallo")');
    expect(await chair.page.locator('[data-testid="amendment-description"]').allTextContents()).toEqual([REPLACE]);
    await chair.page.check('[data-testid="filter-status-proposed"]');
  });

  it('shows the text as if every amendment were accepted, or rejected, read only', async () => {
    await chair.page.selectOption('[data-testid="view-switch"]', 'accepted');
    await chair.page.waitForSelector('[data-testid="view-text"][data-view="accepted"]');
    const accepted = (await chair.page.locator('[data-testid="view-text"]').textContent()) ?? '';
    expect(accepted).toContain('subject to the availability of resources, prepare a partnership policy');
    expect(accepted).toContain('testing of the UNEP policy');
    await chair.page.selectOption('[data-testid="view-switch"]', 'rejected');
    await chair.page.waitForSelector('[data-testid="view-text"][data-view="rejected"]');
    expect(await chair.page.locator('[data-testid="view-text"]').textContent()).toContain(
      'testing of the simplified UNEP policy',
    );
    expect(await chair.page.locator('[data-testid="view-text"]').getAttribute('contenteditable')).toBe('false');
    await chair.page.selectOption('[data-testid="view-switch"]', 'changes');
  });

  it('keeps agreed text closed to the delegate, and the server refuses a forced edit: the delegate is told and gets a fresh copy', async () => {
    await placeCursorInDecision(chair.page, '14.AA');
    await chair.page.click('[data-testid="chair-menu"]');
    await chair.page.click('[data-testid="agree-paragraph"]');
    await brazil.page.waitForSelector('[data-testid="editor"] p[data-agreed="true"]');
    await waitSaved(chair.page);

    // Typing in agreed text does nothing, and says why.
    const before = await printed(brazil.page);
    await selectText(brazil.page, 'UNESCO', { collapse: 'end' });
    await brazil.page.keyboard.type('XYZ');
    await brazil.page.waitForSelector(
      '[data-testid="editor-notice"]:has-text("This text is agreed and closed for amendments")',
    );
    expect(await printed(brazil.page)).toBe(before);

    // A raw edit of the agreed paragraph, past the editor, straight into the shared document.
    const firstCopy = await inPage<number>(brazil.page, 'window.__draftroom.ydoc.clientID');
    await inPage(
      brazil.page,
      `(() => {
        const find = (element, name) => element.toArray().find((child) => child.nodeName === name);
        const topic = window.__draftroom.ydoc.getXmlFragment('content').get(0);
        const paragraph = find(find(find(topic, 'addresseeGroup'), 'decision'), 'paragraph');
        paragraph.get(0).insert(0, 'Forced words. ');
      })()`,
    );
    await brazil.page.waitForSelector(
      '[data-testid="refusal-message"]:has-text("This text is agreed and closed for amendments")',
    );
    await brazil.page.waitForFunction(`window.__draftroom?.ydoc?.clientID !== ${firstCopy}`);
    await brazil.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await waitForText(brazil.page, 'Directed to the Secretariat');
    expect(await printed(brazil.page)).not.toContain('Forced words');
    expect(await printed(chair.page)).not.toContain('Forced words');
    // The message stays until the delegate has read it.
    expect(await brazil.page.locator('[data-testid="refusal"]').isVisible()).toBe(true);

    // Suggesting mode switched off by hand: the edit changes the base text, and the server refuses it too.
    const secondCopy = await inPage<number>(brazil.page, 'window.__draftroom.ydoc.clientID');
    await brazil.page.waitForFunction('window.__draftroom?.editor?.isEditable === true');
    await inPage(brazil.page, 'window.__draftroom.editor.storage.suggestChanges.enabled = false');
    await selectText(brazil.page, 'a partnership policy', { collapse: 'start' });
    await brazil.page.keyboard.type('sneaky ');
    await brazil.page.waitForSelector('[data-testid="refusal-message"]:has-text("cannot change agreed text directly")');
    await brazil.page.waitForFunction(`window.__draftroom?.ydoc?.clientID !== ${secondCopy}`);
    await brazil.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await waitForText(brazil.page, 'prepare a partnership policy');
    expect(await printed(brazil.page)).not.toContain('sneaky');
    expect(await printed(chair.page)).not.toContain('sneaky');
    expect(await inPage<boolean>(brazil.page, 'window.__draftroom.editor.storage.suggestChanges.enabled')).toBe(true);
    await brazil.page.click('[data-testid="refusal-dismiss"]');

    // The chair closes the whole document: the delegate reads only, until the chair reopens it.
    await chair.page.click('[data-testid="chair-menu"]');
    await chair.page.click('[data-testid="close-document"]');
    await brazil.page.waitForSelector('[data-testid="read-only"]:has-text("the chair has closed this document")');
    expect(await inPage<boolean>(brazil.page, 'window.__draftroom.editor.isEditable')).toBe(false);
    await chair.page.click('[data-testid="chair-menu"]');
    await chair.page.click('[data-testid="close-document"]');
    await brazil.page.waitForFunction('window.__draftroom.editor.isEditable === true');
  });

  it('lets the chair switch between editing and suggesting, by button and by key, and remembers it in the tab', async () => {
    expect(await chair.page.getAttribute('[data-testid="sheet"]', 'data-mode')).toBe('editing');
    await chair.page.click('[data-testid="mode-suggesting"]');
    await selectText(chair.page, 'a partnership policy', { collapse: 'start' });
    await chair.page.keyboard.type('urgently ');
    await waitForCard(chair.page, "Chair: insert 'urgently'");
    await waitForCard(brazil.page, "Chair: insert 'urgently'");
    await waitSaved(chair.page);
    expect(await chair.page.locator('[data-testid="refusal"]').count()).toBe(0);

    await chair.page.keyboard.press('Alt+Shift+E');
    await chair.page.waitForSelector('[data-testid="sheet"][data-mode="editing"]');
    const cards = await chair.page.locator('[data-testid="amendment-card"]').count();
    await selectText(chair.page, 'simplified UNEP policy.', { collapse: 'end' });
    await chair.page.keyboard.type(' Edited directly.');
    await waitForText(brazil.page, 'Edited directly.');
    expect(await chair.page.locator('[data-testid="amendment-card"]').count()).toBe(cards);

    await chair.page.click('[data-testid="mode-suggesting"]');
    await waitSaved(chair.page);
    await chair.page.reload();
    await chair.page.waitForSelector('[data-testid="connection-status"][data-state="connected"]');
    await chair.page.waitForSelector('[data-testid="sheet"][data-mode="suggesting"]');
    const record = Object.values(await records(chair.page)).find((r) => r.party === 'Chair');
    expect(record?.history[0]).toMatchObject({ status: 'proposed', by: 'Amina Diallo', party: null });
  });

  it('accepts everything from a delegation at once, behind a confirmation', async () => {
    await selectText(brazil.page, 'tailored', { collapse: 'start' });
    await brazil.page.keyboard.type('carefully ');
    await waitForCard(chair.page, "Brazil: insert 'carefully'");
    await chair.page.selectOption('[data-testid="filter-party"]', 'Brazil');
    await chair.page.click('[data-testid="bulk-accept"]');
    const question = await chair.page.locator('[data-testid="bulk-dialog"] h2').textContent();
    expect(question).toBe('Accept 2 pending amendments from Brazil?');
    await chair.page.click('[data-testid="bulk-confirm"]');
    await waitForText(brazil.page, 'prepare urgently a partnership policy carefully tailored');
    await waitForText(brazil.page, 'testing of the UNEP policy. Edited directly.');
    await chair.page.selectOption('[data-testid="filter-party"]', '');
    expect(await chair.page.locator('[data-testid="pending-count"]').textContent()).toBe('1 pending');
  });
  it('lets a delegation propose a whole new decision, drawn as new and numbered, its text one proposal with it', async () => {
    await placeCursorInDecision(brazil.page, '14.AA');
    await brazil.page.keyboard.press('Alt+Shift+D');
    await brazil.page.keyboard.type('The Standing Committee shall review the policy.');
    const description = "Brazil: insert a new decision 14.BB: 'The Standing Committee shall review the policy.'";
    await waitForCard(chair.page, description);
    await chair.page.waitForSelector('.decision.block-proposal--insert[data-number="14.BB"]');
    expect(await brazil.page.locator('[data-testid="refusal"]').count()).toBe(0);
    await card(chair.page, description).locator('[data-testid="amendment-accept"]').click();
    await waitForText(brazil.page, '14.BB');
    await brazil.page.waitForFunction(`!document.querySelector('.block-proposal--insert')`);
  });
});
