/**
 * Where keystroke time goes in the 300-decision compilation: the same setup as largeDocumentBrowser.ts, with the
 * Chrome DevTools CPU profiler (CDP) running while typing. Prints keystroke-to-paint p50/p95 (with profiler
 * overhead) and the top functions by self and by inclusive time. Builds an unminified client into a temporary
 * folder (client/dist is left alone) so that function names are readable.
 *
 *   npx tsx tests/load/src/largeDocument/profileTyping.ts [-- --role chair|delegate --mode editing|suggesting
 *     --keys 100 --top 30 --no-build --out profile.cpuprofile]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../e2e/support/browser.ts';
import { createInvite } from '../../../support/api.ts';
import { startTestServer } from '../../../support/startTestServer.ts';
import { generateCompilation } from '../documents/generateCompilation.ts';
import { type Profile, printProfile } from './cpuProfile.ts';
import { paintTimes, recordKeystrokeToPaint, typeMeasured } from './keystrokeToPaint.ts';
import { readableClient } from './readableClient.ts';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '300' },
    amendments: { type: 'string', default: '1000' },
    keys: { type: 'string', default: '100' },
    role: { type: 'string', default: 'chair' },
    mode: { type: 'string', default: 'editing' },
    top: { type: 'string', default: '30' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const clientDir = readableClient(values['no-build']);

const compilation = generateCompilation(Number(values.decisions), Number(values.amendments));
const server = await startTestServer({ env: { CLIENT_DIR: clientDir } });
const launched = await launchChromium();
try {
  await server.store.createDocument(
    { id: 'compilation', title: 'Compilation text', meeting: 'CMS COP15', symbol: 'X', status: 'negotiation' },
    compilation.update,
  );
  const invite =
    values.role === 'delegate'
      ? { role: 'delegate', party: 'Brazil', name: 'Delegate' }
      : { role: values.role ?? 'chair', name: 'Chair' };
  const { url } = await createInvite(server.url, server.adminToken, 'compilation', invite);
  const context = await launched.browser.newContext({ viewport: { width: 1400, height: 900 } });
  if (values.mode === 'suggesting') {
    // A string, run in the page: the benchmark's own TypeScript has no DOM types.
    await context.addInitScript("sessionStorage.setItem('draftroom.mode.compilation', 'suggesting')");
  }
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 60_000 });
  await page.waitForFunction('window.__draftroom?.editor?.isEditable === true', undefined, { timeout: 60_000 });
  const readyMs = Date.now() - start;
  const mode = await page.getAttribute('[data-testid="sheet"]', 'data-mode');

  await recordKeystrokeToPaint(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const keys = Number(values.keys);
  await typeMeasured(page, keys);
  // Let deferred work (frames, debounced panels) finish inside the profile.
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  if (values.out) writeFileSync(values.out, JSON.stringify(profile));

  const paints = await paintTimes(page);
  console.log(
    `${values.role} in ${mode} mode: ready ${readyMs} ms; keystroke-to-paint p50 ${paints.at(0.5)} ms, p95 ${paints.at(0.95)} ms (profiler on)`,
  );
  printProfile(profile, Number(values.top), `${keys} keys`, keys);
} finally {
  await launched.close();
  await server.destroy();
}
