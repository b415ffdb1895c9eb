import type { Page } from 'playwright-core';

/**
 * Puts the cursor at the end of the first paragraph and records, in the page, the time from each `keydown` to the
 * first animation frame after the editor's DOM changed. Resolves once the editor has focus: TipTap's focus() takes
 * effect in the next animation frame, and a key pressed before that goes to the body.
 */
export async function recordKeystrokeToPaint(page: Page): Promise<void> {
  // A string, run in the page: the benchmark's own TypeScript has no DOM types.
  await page.evaluate(`(() => {
    const { editor } = window.__draftroom;
    let target = -1;
    editor.state.doc.descendants((node, pos) => {
      if (target < 0 && node.type.name === 'paragraph') target = pos + node.nodeSize - 1;
      return target < 0;
    });
    editor.chain().focus().setTextSelection(target).run();
    window.__paints = [];
    const root = editor.view.dom;
    root.addEventListener('keydown', () => {
      const pressed = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        requestAnimationFrame(() => window.__paints.push(performance.now() - pressed));
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }, true);
  })()`);
  await page.waitForFunction('document.activeElement === window.__draftroom.editor.view.dom');
}

/** Types `keys` letters one at a time, each after the previous one was painted. */
export async function typeMeasured(page: Page, keys: number): Promise<void> {
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(`window.__paints.length >= ${i + 1}`, undefined, { timeout: 10_000 });
  }
}

/** The recorded keystroke-to-paint times: how many, and the quantile `q` (0..1) in ms, to 0.1 ms. */
export async function paintTimes(page: Page): Promise<{ count: number; at: (q: number) => number }> {
  const paints = ((await page.evaluate('window.__paints')) as number[]).sort((a, b) => a - b);
  return {
    count: paints.length,
    at: (q) => Number((paints[Math.min(paints.length - 1, Math.floor(q * paints.length))] ?? 0).toFixed(1)),
  };
}
