import type { Page } from 'playwright-core';

/**
 * Puts the editor's selection on the `occurrence`-th `text` of the document (or the cursor right after it when
 * `collapse` is 'end', right before it when 'start'), through the editor itself, and focuses it: what a
 * delegate does with the mouse before typing. Runs in the page.
 */
export async function selectText(
  page: Page,
  text: string,
  options: { occurrence?: number; collapse?: 'start' | 'end' } = {},
): Promise<void> {
  await page.waitForFunction('window.__draftroom?.editor?.isEditable === true', undefined, { timeout: 15_000 });
  const found = await page.evaluate(`(() => {
    const { editor } = window.__draftroom;
    const wanted = ${JSON.stringify(text)};
    let seen = 0;
    let range = null;
    editor.state.doc.descendants((node, pos) => {
      if (range || !node.isTextblock) return !range;
      let offset = 0;
      const chars = [];
      node.forEach((child, childOffset) => {
        if (child.isText) for (let i = 0; i < child.text.length; i++) chars.push([child.text[i], pos + 1 + childOffset + i]);
      });
      const flat = chars.map((c) => c[0]).join('');
      let index = flat.indexOf(wanted);
      while (index >= 0 && !range) {
        if (seen === ${options.occurrence ?? 0}) {
          const last = chars[index + wanted.length - 1];
          range = { from: chars[index][1], to: last[1] + 1 };
        }
        seen++;
        index = flat.indexOf(wanted, index + 1);
      }
      return false;
    });
    if (!range) return false;
    const collapse = ${JSON.stringify(options.collapse ?? null)};
    const from = collapse === 'end' ? range.to : range.from;
    const to = collapse === 'start' ? range.from : range.to;
    editor.chain().focus().setTextSelection({ from, to }).run();
    return true;
  })()`);
  if (!found) throw new Error(`"${text}" is not in the text`);
  // TipTap focuses on the next frame: keys pressed before that would go nowhere.
  await page.waitForFunction('window.__draftroom.editor.view.hasFocus()', undefined, { timeout: 5_000 });
}

/** The amendments panel's cards, as their descriptions read ("Brazil: replace 'develop' with 'prepare'"). */
export async function panelDescriptions(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `[...document.querySelectorAll('[data-testid="amendment-description"]')].map((el) => el.textContent.trim())`,
  )) as string[];
}

/** Waits until a card whose description contains `text` is in the panel; if none comes, says which did. */
export async function waitForCard(page: Page, text: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="amendment-description"]')].some((el) => el.textContent.includes(${JSON.stringify(text)}))`,
      undefined,
      { timeout },
    );
  } catch (error) {
    const seen = await panelDescriptions(page).catch(() => []);
    throw new Error(`No card reads "${text}"; the panel shows ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** The card whose description contains `text`. */
export function card(page: Page, text: string) {
  return page.locator('[data-testid="amendment-card"]', { hasText: text });
}

/** The record of every amendment in the page's shared document (`amendments` map), as plain data. */
export async function records(page: Page): Promise<Record<string, { party: string; history: HistoryEntry[] }>> {
  return (await page.evaluate(`window.__draftroom.ydoc.getMap('amendments').toJSON()`)) as Record<
    string,
    { party: string; history: HistoryEntry[] }
  >;
}

export interface HistoryEntry {
  status: string;
  by: string;
  party: string | null;
  at: string;
  cause?: string;
}
