/**
 * Where keystroke time goes in the 300-decision compilation: the same setup as largeDocumentBrowser.ts, with the
 * Chrome DevTools CPU profiler (CDP) running while typing. Prints keystroke-to-paint p50/p95 (with profiler
 * overhead) and the top functions by self and by inclusive time. Builds an unminified client into a temporary
 * folder (client/dist is left alone) so that function names are readable.
 *
 *   npx tsx tests/load/src/largeDocument/profileTyping.ts [-- --role chair|delegate --mode editing|suggesting
 *     --keys 100 --top 30 --no-build --out profile.cpuprofile]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../e2e/support/browser.ts';
import { createInvite } from '../../../support/api.ts';
import { startTestServer } from '../../../support/startTestServer.ts';
import { generateCompilation } from '../documents/generateCompilation.ts';
import { paintTimes, recordKeystrokeToPaint, typeMeasured } from './keystrokeToPaint.ts';

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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const clientDir = join(tmpdir(), 'draftroom-profile-client');
if (!values['no-build'] || !existsSync(join(clientDir, 'index.html'))) {
  execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', clientDir, '--emptyOutDir'], {
    cwd: join(root, 'client'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

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
  report(profile, Number(values.top), keys);
} finally {
  await launched.close();
  await server.destroy();
}

function report(profile: Profile, top: number, keys: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0));
  });
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.split('/').pop() : '';
    return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') idle += us;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    // Inclusive: count each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const ancestor = byId.get(at);
      if (!ancestor) break;
      const key = keyOf(ancestor);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  console.log(
    `busy ${ms(busy)} ms over ${keys} keys (${(busy / 1000 / keys).toFixed(2)} ms/key); idle/program ${ms(idle)} ms`,
  );
  const skip = new Set(['(root)', '(idle)', '(program)']);
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title} (ms, % of busy)`);
    const rows = [...map].filter(([key]) => !skip.has(key)).sort((a, b) => b[1] - a[1]);
    for (const [key, us] of rows.slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${key}`);
  };
  print('Top self time', self);
  print('Top inclusive time', inclusive);
}
