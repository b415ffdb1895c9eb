import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { createInvite } from './api.ts';
import { createFixtureDocument } from './demoDocument.ts';
import { fuzzMessages, prng } from './fuzzMessages.ts';
import type { ServerProcess } from './serverProcess.ts';
import { connectClient, waitFor, type YClient } from './yClient.ts';

export interface FuzzReport {
  seed: number;
  messagesSent: number;
  connections: number;
  closeCodes: Record<string, number>;
  /** Worst delay of a watchdog edit in another document while the fuzz ran, in ms. */
  watchdogMaxMs: number;
  watchdogP99Ms: number;
  rssStartMb: number;
  rssMaxMb: number;
  serverAlive: boolean;
  honestClientsWork: boolean;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** One hostile connection: sends a burst of fuzz messages, then waits until the server closes it or goes quiet. */
function hostileBurst(url: string, burst: Uint8Array[]): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      ws.terminate();
      resolve(code);
    };
    ws.on('open', () => {
      for (const message of burst) ws.send(message);
      setTimeout(() => finish(0), 300);
    });
    ws.on('close', (code) => finish(code));
    ws.on('error', () => finish(-1));
  });
}

/**
 * Sends `total` random and mutated protocol messages at a running server, in bursts on many connections, while
 * a watchdog in another document measures how long the server keeps it waiting, and honest clients of the
 * fuzzed document keep working.
 */
export async function runFuzz(server: ServerProcess, total: number, seed: number, parallel = 4): Promise<FuzzReport> {
  const next = fuzzMessages(prng(seed));
  const target = await createFixtureDocument(server.url, server.adminToken);
  const quiet = await createFixtureDocument(server.url, server.adminToken);
  const invite = async (doc: string, role: string) =>
    (await createInvite(server.url, server.adminToken, doc, { role })).token;
  const clients: YClient[] = [];
  const connect = async (doc: string, role: string) => {
    const client = connectClient(server.url, doc, await invite(doc, role));
    clients.push(client);
    await waitFor(() => client.provider.synced, 'synced');
    return client;
  };
  const [writer, reader, honestA, honestB] = [
    await connect(quiet, 'chair'),
    await connect(quiet, 'observer'),
    await connect(target, 'chair'),
    await connect(target, 'observer'),
  ];
  if (!writer || !reader || !honestA || !honestB) throw new Error('clients');

  const delays: number[] = [];
  reader.doc.getMap('meta').observe(() => {
    const sent = Number(reader.doc.getMap('meta').get('title'));
    if (sent) delays.push(Date.now() - sent);
  });
  const watchdog = setInterval(() => writer.doc.getMap('meta').set('title', String(Date.now())), 20);
  const rssStartMb = rssMb(server.child.pid as number);
  let rssMaxMb = rssStartMb;
  const sampler = setInterval(() => {
    if (server.child.exitCode === null) rssMaxMb = Math.max(rssMaxMb, rssMb(server.child.pid as number));
  }, 100);

  const hostileToken = await invite(target, 'chair');
  const url = `${server.url.replace(/^http/, 'ws')}/collab/${target}?token=${hostileToken}`;
  const closeCodes: Record<string, number> = {};
  let sent = 0;
  let connections = 0;
  const worker = async () => {
    while (sent < total && server.child.exitCode === null) {
      const burst = Array.from({ length: Math.min(25, total - sent) }, next);
      sent += burst.length;
      connections++;
      const code = await hostileBurst(url, burst);
      closeCodes[code] = (closeCodes[code] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } finally {
    clearInterval(watchdog);
    clearInterval(sampler);
  }

  let honestClientsWork = false;
  if (server.child.exitCode === null) {
    honestA.doc.getMap('meta').set('title', 'after the fuzz');
    try {
      await waitFor(() => honestB.doc.getMap('meta').get('title') === 'after the fuzz', 'honest edit after the fuzz');
      honestClientsWork = true;
    } catch {}
  }
  for (const client of clients) client.destroy();
  delays.sort((a, b) => a - b);
  return {
    seed,
    messagesSent: sent,
    connections,
    closeCodes,
    watchdogMaxMs: delays.at(-1) ?? Number.POSITIVE_INFINITY,
    watchdogP99Ms: delays[Math.floor(delays.length * 0.99)] ?? Number.POSITIVE_INFINITY,
    rssStartMb: Math.round(rssStartMb),
    rssMaxMb: Math.round(rssMaxMb),
    serverAlive: server.child.exitCode === null,
    honestClientsWork,
  };
}
