/**
 * The 300-decision compilation with 1,000 pending amendments in Chromium, as the chair opens it: time until the
 * editor is ready to type (navigation → connected, synced and editable), and keystroke-to-paint (a key press →
 * the next animation frame after the editor's DOM changed), p50/p95 over `--keys` keystrokes. Targets (issue 6):
 * ready ≤ 1.5 s, keystroke p95 ≤ 16 ms. Needs the built client (npm run build).
 *
 * Each of `--runs` opens the document on a fresh server (a cold room, as the first person of the day finds it)
 * in a fresh browser context; the medians are reported. With `--warm` the room is loaded first, by a page that
 * opened the document and left, as everyone after the first person finds it. `--client DIR` serves another build of the client
 * (say, the one before a change) in turns with client/dist, for a comparison in the same conditions.
 * `--role delegate` opens it as a delegation, which types in suggesting mode (tracked insertions); `--network
 * 10/40` opens it over an emulated venue network (10 Mbit/s, 40 ms).
 *
 *   npm run bench:large:browser [-- --decisions 300 --amendments 1000 --keys 200 --runs 5 --client DIR --warm --role delegate --json F]
 */
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../e2e/support/browser.ts';
import { createInvite } from '../../../support/api.ts';
import { startTestServer } from '../../../support/startTestServer.ts';
import { type Compilation, generateCompilation } from '../documents/generateCompilation.ts';
import { median } from '../stats/median.ts';
import { paintTimes, recordKeystrokeToPaint, typeMeasured } from './keystrokeToPaint.ts';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '300' },
    amendments: { type: 'string', default: '1000' },
    keys: { type: 'string', default: '200' },
    runs: { type: 'string', default: '1' },
    client: { type: 'string' },
    warm: { type: 'boolean', default: false },
    role: { type: 'string', default: 'chair' },
    network: { type: 'string' },
    json: { type: 'string' },
  },
});

interface Run {
  client: string;
  readyMs: number;
  keystrokeToPaintP50Ms: number;
  keystrokeToPaintP95Ms: number;
}

async function measure(browser: Browser, compilation: Compilation, client: string | undefined): Promise<Run> {
  const server = await startTestServer(client ? { env: { CLIENT_DIR: client } } : {});
  try {
    await server.store.createDocument(
      {
        id: 'compilation',
        title: 'Compilation text',
        meeting: 'CMS COP15',
        symbol: 'UNEP/CMS/COP15/CRP.1',
        status: 'negotiation',
      },
      compilation.update,
    );
    // The chair edits the text directly; a delegate types in suggesting mode, every keystroke a tracked insertion.
    const invite =
      values.role === 'delegate'
        ? { role: 'delegate', party: 'Brazil', name: 'Delegate' }
        : { role: 'chair', name: 'Chair' };
    const { url } = await createInvite(server.url, server.adminToken, 'compilation', invite);
    if (values.warm) {
      const earlier = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await openUntilReady(await earlier.newPage(), url);
      await earlier.close();
    }
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    if (values.network) await throttle(page, values.network);
    const readyMs = await openUntilReady(page, url);

    // Type at the end of the first decision's first paragraph, measuring in the page.
    await recordKeystrokeToPaint(page);
    await typeMeasured(page, Number(values.keys));
    const paints = await paintTimes(page);
    await context.close();
    return {
      client: client ?? 'client/dist',
      readyMs,
      keystrokeToPaintP50Ms: paints.at(0.5),
      keystrokeToPaintP95Ms: paints.at(0.95),
    };
  } finally {
    await server.destroy();
  }
}

/**
 * A venue's network, as Chromium emulates it (CDP): `MBIT/LATENCY_MS`, e.g. `10/40` for 10 Mbit/s down, half
 * that up, and 40 ms each way.
 */
async function throttle(page: Page, network: string): Promise<void> {
  const [mbit, latency] = network.split('/').map(Number);
  if (!mbit || latency === undefined || Number.isNaN(latency))
    throw new Error(`--network MBIT/LATENCY_MS, not ${network}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: (mbit * 1_000_000) / 8,
    uploadThroughput: (mbit * 1_000_000) / 16,
  });
}

/** Opens the document and waits until the editor is connected, synced and editable: milliseconds it took. */
async function openUntilReady(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid="connection-status"][data-state="connected"]', { timeout: 60_000 });
  await page.waitForFunction(
    'window.__draftroom?.editor?.isEditable === true && window.__draftroom.editor.state.doc.childCount > 0',
    undefined,
    { timeout: 60_000 },
  );
  return Date.now() - start;
}

const compilation = generateCompilation(Number(values.decisions), Number(values.amendments));
const clients = values.client ? [undefined, values.client] : [undefined];
const launched = await launchChromium();
const runs: Run[] = [];
try {
  for (let i = 0; i < Number(values.runs); i++) {
    for (const client of clients) {
      const run = await measure(launched.browser, compilation, client);
      console.log(JSON.stringify(run));
      runs.push(run);
    }
  }
} finally {
  await launched.close();
}

const summary = clients.map((client) => {
  const mine = runs.filter((run) => run.client === (client ?? 'client/dist'));
  return {
    client: client ?? 'client/dist',
    decisions: compilation.decisions,
    amendments: compilation.amendments.length,
    role: values.role,
    network: values.network ?? 'loopback',
    room: values.warm ? 'warm' : 'cold',
    runs: mine.length,
    readyMs: median(mine.map((run) => run.readyMs)),
    readyMinMs: Math.min(...mine.map((run) => run.readyMs)),
    readyMaxMs: Math.max(...mine.map((run) => run.readyMs)),
    keystrokeToPaintP50Ms: median(mine.map((run) => run.keystrokeToPaintP50Ms)),
    keystrokeToPaintP95Ms: median(mine.map((run) => run.keystrokeToPaintP95Ms)),
  };
});
console.table(summary);
const [ours] = summary;
if (ours) {
  console.log(
    `median ready ${ours.readyMs <= 1500 ? 'within' : 'OVER'} 1.5 s; keystroke p95 ${ours.keystrokeToPaintP95Ms <= 16 ? 'within' : 'OVER'} 16 ms`,
  );
}
if (values.json)
  (await import('node:fs')).writeFileSync(values.json, `${JSON.stringify({ summary, runs }, null, 2)}\n`);
