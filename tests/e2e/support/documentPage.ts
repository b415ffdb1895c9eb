import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * The document as a reader sees it, one block per line: headings, "Directed to …", decision numbers, text.
 * Other people's caret labels sit inside the text, so they are removed first. Runs in the page, hence a string:
 * the tests' TypeScript has no DOM types.
 */
export const EDITOR_TEXT = `(() => {
  const root = document.querySelector('[data-testid="editor"]');
  if (!root) return '';
  const copy = root.cloneNode(true);
  for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
  return [...copy.querySelectorAll('h2, p, .decision-number')].map((el) => el.textContent.trim()).join('\\n');
})()`;

export async function editorText(page: Page): Promise<string> {
  return (await page.evaluate(EDITOR_TEXT)) as string;
}

/** Waits until the editor's text contains `expected` (never a fixed sleep). */
export async function waitForText(page: Page, expected: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(`${EDITOR_TEXT}.includes(${JSON.stringify(expected)})`, undefined, { timeout });
}

export interface OpenedDocument {
  context: BrowserContext;
  page: Page;
}

/**
 * Opens an invitation link in its own browser context (its own sessionStorage and no shared tabs), and waits
 * until the document is connected and its content has arrived.
 */
export async function openDocument(browser: Browser, url: string, expectedText: string): Promise<OpenedDocument> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 15_000 });
  await waitForText(page, expectedText);
  return { context, page };
}

/** Puts the cursor at the end of the first paragraph of the decision numbered `number`, through the editor. */
export async function placeCursorInDecision(page: Page, number: string): Promise<void> {
  await page.waitForFunction('window.__draftroom?.editor?.isEditable === true', undefined, { timeout: 15_000 });
  const placed = await page.evaluate(`(() => {
    const { editor } = window.__draftroom;
    let target = -1;
    editor.state.doc.descendants((node, pos) => {
      if (target >= 0) return false;
      if (node.type.name === 'decision' && node.attrs.number === ${JSON.stringify(number)}) {
        target = pos + 1 + node.child(0).nodeSize - 1;
        return false;
      }
      return true;
    });
    if (target < 0) return false;
    editor.chain().focus().setTextSelection(target).run();
    return true;
  })()`);
  if (!placed) throw new Error(`no decision numbered ${number}`);
  // TipTap focuses on the next frame: keys pressed before that would go nowhere.
  await page.waitForFunction('window.__draftroom.editor.view.hasFocus()', undefined, { timeout: 5_000 });
}
