import { join } from 'node:path';
import * as Y from 'yjs';
import { SqliteStore } from '../../server/src/storage/SqliteStore.ts';
import { loadDocument } from '../../server/src/sync/loadDocument.ts';
import { trackAcks } from './ackTracker.ts';
import { createInvite } from './api.ts';
import { firstDecisionText, plainText } from './demoDocument.ts';
import { freePort } from './freePort.ts';
import { prng } from './fuzzMessages.ts';
import { type ServerProcess, spawnServer } from './serverProcess.ts';
import { connectClient, waitFor, type YClient } from './yClient.ts';

export interface FaultReport {
  seed: number;
  clients: number;
  kills: number;
  editsTyped: number;
  /** Updates that some client had seen acknowledged or received from a peer, missing from disk after a kill. */
  lost: number;
  converged: boolean;
  finalLength: number;
  /** Close codes the clients saw, with how often (1006: the server was killed). */
  closeCodes: Record<string, number>;
}

/** For each client id, the highest clock that some client knows is durable: acknowledged, or received from a peer. */
function durableClocks(clients: YClient[], acks: Array<Map<number, number>>): Map<number, number> {
  const durable = new Map<number, number>();
  const raise = (id: number, clock: number) => durable.set(id, Math.max(durable.get(id) ?? 0, clock));
  clients.forEach((client, i) => {
    for (const [id, clock] of acks[i] ?? []) raise(id, clock);
    for (const [id, clock] of Y.decodeStateVector(Y.encodeStateVector(client.doc))) {
      if (id !== client.doc.clientID) raise(id, clock);
    }
  });
  return durable;
}

/**
 * `clientCount` clients type into one document while the server is killed with SIGKILL `kills` times at random
 * moments and restarted on the same port and data. After each kill, before anything restarts, the stored
 * document is read straight from SQLite: everything any client had seen acknowledged or received from a peer
 * must be there. At the end every client must converge to the same text.
 */
export async function runFaults(
  dataDir: string,
  clientCount: number,
  kills: number,
  seed: number,
): Promise<FaultReport> {
  const random = prng(seed);
  // Each y-websocket provider listens for the process' exit: 20 of them are expected, not a leak.
  process.setMaxListeners(Math.max(process.getMaxListeners(), clientCount + 10));
  const port = await freePort();
  const env = { PORT: String(port), IDLE_UNLOAD_MS: '60000' };
  let server: ServerProcess = await spawnServer(dataDir, env);
  const documentId = server.documentId;
  const clients: YClient[] = [];
  const acks: Array<Map<number, number>> = [];
  for (let i = 0; i < clientCount; i++) {
    const { token } = await createInvite(server.url, server.adminToken, documentId, {
      role: 'secretariat',
      name: `Typist ${i}`,
    });
    const client = connectClient(server.url, documentId, token);
    clients.push(client);
    acks.push(trackAcks(client));
  }
  await waitFor(() => clients.every((c) => c.provider.synced), 'all clients synced', 20_000);

  let editsTyped = 0;
  const typing = setInterval(() => {
    for (const client of clients) {
      if (random() < 0.5) continue;
      const text = firstDecisionText(client.doc);
      text.insert(Math.floor(random() * (text.length + 1)), String.fromCharCode(97 + Math.floor(random() * 26)));
      editsTyped++;
    }
  }, 40);

  let lost = 0;
  try {
    for (let k = 0; k < kills; k++) {
      await new Promise((resolve) => setTimeout(resolve, 200 + random() * 600));
      await server.kill9();
      const durable = durableClocks(clients, acks);
      const store = new SqliteStore(join(dataDir, 'draftroom.sqlite'));
      const { doc } = await loadDocument(store, documentId);
      for (const [id, clock] of durable) if (Y.getState(doc.store, id) < clock) lost++;
      doc.destroy();
      await store.close();
      server = await spawnServer(dataDir, env);
    }
  } finally {
    clearInterval(typing);
  }

  const texts = () => clients.map((c) => plainText(firstDecisionText(c.doc)));
  let converged = false;
  try {
    await waitFor(() => clients.every((c) => c.provider.synced) && new Set(texts()).size === 1, 'convergence', 30_000);
    converged = true;
  } catch {}
  const finalLength = texts()[0]?.length ?? 0;
  const closeCodes: Record<string, number> = {};
  for (const client of clients)
    for (const { code, reason } of client.closes)
      closeCodes[`${code} ${reason}`] = (closeCodes[`${code} ${reason}`] ?? 0) + 1;
  for (const client of clients) client.destroy();
  await server.stop();
  return { seed, clients: clientCount, kills, editsTyped, lost, converged, finalLength, closeCodes };
}
