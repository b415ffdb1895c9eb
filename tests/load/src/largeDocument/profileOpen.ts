/**
 * Where the time to "ready to type" goes when the chair opens the 300-decision compilation: the same setup as
 * largeDocumentBrowser.ts, with the page's own clock read at each step (the script's arrival and evaluation, the
 * document request, the WebSocket's opening and its first and last message before the editor became editable)
 * and the Chrome DevTools CPU profiler running over the whole open. Prints the timeline and the top functions.
 *
 *   npx tsx tests/load/src/largeDocument/profileOpen.ts [-- --runs 3 --top 30 --readable --no-profile --out open.cpuprofile]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../e2e/support/browser.ts';
import { createInvite } from '../../../support/api.ts';
import { startTestServer } from '../../../support/startTestServer.ts';
import { generateCompilation } from '../documents/generateCompilation.ts';
import { type Profile, printProfile } from './cpuProfile.ts';
import { readableClient } from './readableClient.ts';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '300' },
    amendments: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    top: { type: 'string', default: '25' },
    'no-profile': { type: 'boolean', default: false },
    readable: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

// Run in the page before its own scripts, on the page's clock: its long tasks, its requests, the WebSocket's life.
const RECORD_SOCKET = `(() => {
  window.__open = { messages: [], fetches: [], longTasks: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__open.longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const nativeFetch = window.fetch;
  window.fetch = (...args) => {
    window.__open.fetches.push([Math.round(performance.now()), String(args[0])]);
    return nativeFetch(...args);
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      window.__open.socketCreated ??= performance.now();
      this.addEventListener('open', () => { window.__open.socketOpen ??= performance.now(); });
      this.addEventListener('message', (event) => {
        window.__open.messages.push([performance.now(), event.data.byteLength ?? event.data.length ?? 0]);
      });
    }
  };
})()`;

const compilation = generateCompilation(Number(values.decisions), Number(values.amendments));
// The minified client times the open as users get it; --readable names the profile's functions.
const server = await startTestServer(values.readable ? { env: { CLIENT_DIR: readableClient() } } : {});
const launched = await launchChromium();
try {
  await server.store.createDocument(
    { id: 'compilation', title: 'Compilation text', meeting: 'CMS COP15', symbol: 'X', status: 'negotiation' },
    compilation.update,
  );
  for (let run = 0; run < Number(values.runs); run++) {
    const { url } = await createInvite(server.url, server.adminToken, 'compilation', { role: 'chair', name: 'Chair' });
    const context = await launched.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(RECORD_SOCKET);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (!values['no-profile']) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url);
    await page.waitForFunction(
      'window.__draftroom?.editor?.isEditable === true && window.__draftroom.editor.state.doc.childCount > 0',
      undefined,
      { timeout: 60_000 },
    );
    const timeline = (await page.evaluate(`(() => {
      const ready = performance.now();
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, ''), Math.round(r.startTime), Math.round(r.responseEnd)]);
      const paints = performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]);
      const o = window.__open;
      const first = o.messages[0]?.[0];
      const before = o.messages.filter(([t]) => t <= ready);
      const last = before[before.length - 1]?.[0];
      const bytes = before.reduce((sum, [, b]) => sum + b, 0);
      return { html: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), resources, paints,
        socketCreated: Math.round(o.socketCreated), socketOpen: Math.round(o.socketOpen), firstMessage: Math.round(first),
        lastMessageBeforeReady: Math.round(last), fetches: o.fetches, longTasks: o.longTasks, messagesBeforeReady: before.length, bytesBeforeReady: bytes, ready: Math.round(ready) };
    })()`)) as Record<string, unknown>;
    console.log(JSON.stringify(timeline, null, 1));
    if (!values['no-profile']) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      if (values.out) writeFileSync(values.out, JSON.stringify(profile));
      printProfile(profile, Number(values.top), 'the open');
    }
    await context.close();
  }
} finally {
  await launched.close();
  await server.destroy();
}
