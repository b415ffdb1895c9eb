import { join } from 'node:path';
import { readDocument, toPlainText } from '@draftroom/document-model';
import { CloseCodes, MessageType } from '@draftroom/protocol';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { api, createInvite } from '../support/api.ts';
import { createFixtureDocument, firstDecisionText } from '../support/demoDocument.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { connectClient, waitFor, waitUntil, type YClient } from '../support/yClient.ts';

let server: TestServer;
let documentId: string;
const clients: YClient[] = [];

const connect = async (role: string, party?: string, name?: string) => {
  const { token } = await createInvite(server.url, server.adminToken, documentId, {
    role,
    ...(party ? { party } : {}),
    ...(name ? { name } : {}),
  });
  const client = connectClient(server.url, documentId, token);
  clients.push(client);
  return client;
};
const synced = (client: YClient) => waitFor(() => client.provider.synced, 'client synced');

beforeEach(async () => {
  server = await startTestServer();
  documentId = await createFixtureDocument(server.url, server.adminToken);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.destroy();
});

describe('live sync over the y-websocket protocol', () => {
  it('serves the imported document to a stock WebsocketProvider', async () => {
    const chair = await connect('chair');
    await synced(chair);
    const text = toPlainText(readDocument(chair.doc));
    expect(text).toContain('TANGIBLE AND INTANGIBLE CULTURAL VALUES');
    expect(text).toContain('Directed to the Secretariat');
    expect(text).toContain(
      '14.AA The Secretariat shall, subject to the availability of resources, develop a partnership policy',
    );
    expect(chair.doc.getMap('meta').get('title')).toBe('Synergies and partnerships');
  });

  it('shows what one client types to the other at once', async () => {
    const a = await connect('chair');
    const b = await connect('delegate', 'Brazil', 'Ana');
    await Promise.all([synced(a), synced(b)]);
    firstDecisionText(a.doc).insert(0, 'Typed live. ');
    await waitFor(() => firstDecisionText(b.doc).toString().startsWith('Typed live. '), 'B sees A’s text');
  });

  it('shares presence stamped with the name and delegation from the token', async () => {
    const a = await connect('chair', undefined, 'Madam Chair');
    const b = await connect('delegate', 'Norway', 'Ola');
    await Promise.all([synced(a), synced(b)]);
    // B claims to be someone else; the server corrects it from B's token.
    b.provider.awareness.setLocalStateField('user', {
      name: 'The Chair',
      party: 'Japan',
      role: 'chair',
      color: '#123456',
    });
    await waitFor(
      () => [...a.provider.awareness.getStates().values()].some((s) => s.user?.party === 'Norway'),
      'A sees B',
    );
    const seen = [...a.provider.awareness.getStates().values()].map((s) => s.user).filter(Boolean);
    expect(seen).toContainEqual({ name: 'Ola', party: 'Norway', role: 'delegate', color: '#123456' });
    expect(seen.some((u) => u.party === 'Japan' || u.name === 'The Chair')).toBe(false);
  });

  it('lists the title and status the chair sets in the document', async () => {
    const a = await connect('chair');
    await synced(a);
    a.doc.transact(() => {
      a.doc.getMap('meta').set('title', 'Synergies (rev. 1)');
      a.doc.getMap('meta').set('status', 'negotiation');
    });
    await waitUntil(async () => {
      const { body } = await api<{ title: string; status: string }>(
        server.url,
        server.adminToken,
        'GET',
        `/api/documents/${documentId}`,
      );
      return body.title === 'Synergies (rev. 1)' && body.status === 'negotiation';
    }, 'the listing follows meta');
  });

  it('keeps everything across a server restart', async () => {
    const a = await connect('chair');
    await synced(a);
    firstDecisionText(a.doc).insert(0, 'Persisted. ');
    const b = await connect('secretariat');
    await waitFor(
      () => b.provider.synced && firstDecisionText(b.doc).toString().startsWith('Persisted. '),
      'B received the edit',
    );
    // Old clients must go first, or they would re-send their copy and hide a storage bug.
    for (const client of clients.splice(0)) client.destroy();
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer({ dataDir });
    const c = await connect('observer');
    await synced(c);
    expect(firstDecisionText(c.doc).toString()).toMatch(/^Persisted\. The Secretariat shall/);
  });

  it('compacts the update log without changing the document', async () => {
    await server.destroy();
    server = await startTestServer({ env: { COMPACT_EVERY: '5' } });
    documentId = await createFixtureDocument(server.url, server.adminToken);
    const a = await connect('chair');
    await synced(a);
    const b = await connect('observer');
    await synced(b);
    // One edit at a time, each seen by B before the next: each is stored as its own update (edits that arrive
    // together are stored together).
    for (let i = 0; i < 12; i++) {
      firstDecisionText(a.doc).insert(0, `${i} `);
      const expected = firstDecisionText(a.doc).toString();
      await waitFor(() => firstDecisionText(b.doc).toString() === expected, `B has edit ${i}`);
    }
    const state = await server.store.loadState(documentId);
    expect(state.snapshot).not.toBeNull();
    expect(state.updates.length).toBeLessThan(12);
  });
});

describe('loading and unloading', () => {
  it('unloads a document left idle and loads it again on the next connection', async () => {
    await server.destroy();
    server = await startTestServer({ env: { IDLE_UNLOAD_MS: '20' } });
    documentId = await createFixtureDocument(server.url, server.adminToken);
    const a = await connect('chair');
    await synced(a);
    firstDecisionText(a.doc).insert(0, 'Before unload. ');
    const b = await connect('observer');
    await waitFor(
      () => b.provider.synced && firstDecisionText(b.doc).toString().startsWith('Before unload.'),
      'B synced',
    );
    expect(server.rooms.loadedCount).toBe(1);
    for (const client of clients.splice(0)) client.destroy();
    await waitFor(() => server.rooms.loadedCount === 0, 'room unloaded');
    const c = await connect('observer');
    await synced(c);
    expect(firstDecisionText(c.doc).toString()).toMatch(/^Before unload\. The Secretariat/);
  });

  it('never serves a document whose stored state is corrupt, and leaves the stored state as it was', async () => {
    const dataDir = server.dataDir;
    await server.close();
    const db = new Database(join(dataDir, 'draftroom.sqlite'));
    db.prepare(
      'INSERT INTO update_log (document_id, seq, data, created_at) SELECT ?, max(seq) + 1, ?, ? FROM update_log WHERE document_id = ?',
    ).run(documentId, Buffer.from([0, 9, 250, 250, 250, 7]), 'now', documentId);
    const rowsBefore = db.prepare('SELECT seq, data FROM update_log WHERE document_id = ?').all(documentId);
    db.close();
    server = await startTestServer({ dataDir });
    const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'chair' });
    const client = connectClient(server.url, documentId, token);
    clients.push(client);
    await waitFor(() => client.closes.length > 0, 'refused');
    expect(client.closes[0]).toEqual({ code: CloseCodes.LoadFailed.code, reason: CloseCodes.LoadFailed.reason });
    expect(client.doc.getXmlFragment('content').length).toBe(0);
    client.provider.disconnect();
    await server.close();
    const after = new Database(join(dataDir, 'draftroom.sqlite'));
    expect(after.prepare('SELECT seq, data FROM update_log WHERE document_id = ?').all(documentId)).toEqual(rowsBefore);
    after.close();
    server = await startTestServer({ dataDir });
  });
});

describe('acknowledgements', () => {
  it('tells a client that asked when its update is stored, and no other client', async () => {
    const writer = await connect('chair');
    const stock = await connect('secretariat');
    await Promise.all([synced(writer), synced(stock)]);
    const acks: Array<Map<number, number>> = [];
    const stockTypes: number[] = [];
    writer.provider.ws?.addEventListener('message', (event) => {
      const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
      if (decoding.readVarUint(decoder) !== MessageType.Ack) return;
      const clocks = new Map<number, number>();
      for (let n = decoding.readVarUint(decoder); n > 0; n--)
        clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
      acks.push(clocks);
    });
    stock.provider.ws?.addEventListener('message', (event) => {
      stockTypes.push(decoding.readVarUint(decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer))));
    });
    writer.provider.ws?.send(Uint8Array.from([MessageType.RequestAcks]));
    firstDecisionText(writer.doc).insert(0, 'Acknowledged. ');
    const myClock = Y.getState(writer.doc.store, writer.doc.clientID);
    await waitFor(() => acks.some((a) => (a.get(writer.doc.clientID) ?? 0) >= myClock), 'ack covering the edit');
    await waitFor(
      () => firstDecisionText(stock.doc).toString().startsWith('Acknowledged.'),
      'stock client got the edit',
    );
    expect(stockTypes).not.toContain(MessageType.Ack);
  });
});

describe('who may connect, and bad input', () => {
  const rawSocket = (path: string) => new WebSocket(`${server.url.replace(/^http/, 'ws')}${path}`);
  const upgradeStatus = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const ws = rawSocket(path);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => reject(new Error('upgrade should have been refused')));
      ws.on('error', () => {});
    });
  const closeOf = (ws: WebSocket) =>
    new Promise<{ code: number; reason: string }>((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );

  it('refuses the upgrade without a valid token for that document (401)', async () => {
    expect(await upgradeStatus(`/collab/${documentId}`)).toBe(401);
    expect(await upgradeStatus(`/collab/${documentId}?token=forged.token`)).toBe(401);
    const other = await createFixtureDocument(server.url, server.adminToken);
    const { token } = await createInvite(server.url, server.adminToken, other, { role: 'chair' });
    expect(await upgradeStatus(`/collab/${documentId}?token=${token}`)).toBe(401);
  });

  it('refuses an unknown document (404)', async () => {
    expect(await upgradeStatus(`/collab/nope?token=${server.adminToken}`)).toBe(404);
  });

  it('refuses an editor of another schema major version with a clear close reason', async () => {
    const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'chair' });
    const client = connectClient(server.url, documentId, token, { schema: '0.9' });
    clients.push(client);
    await waitFor(() => client.closes.length > 0, 'closed');
    expect(client.closes[0]?.code).toBe(CloseCodes.SchemaMismatch.code);
    expect(client.closes[0]?.reason).toMatch(/version/);
  });

  it('refuses an observer’s edit; other clients never see it', async () => {
    const honest = await connect('chair');
    const observer = await connect('observer', undefined, 'NGO');
    await Promise.all([synced(honest), synced(observer)]);
    const before = firstDecisionText(honest.doc).toString();
    firstDecisionText(observer.doc).insert(0, 'OBSERVER WAS HERE ');
    await waitFor(() => observer.closes.length > 0, 'observer closed');
    expect(observer.closes[0]?.code).toBe(CloseCodes.Forbidden.code);
    observer.provider.disconnect();
    // The chair keeps working, and never saw the observer's text.
    firstDecisionText(honest.doc).insert(0, 'Chair edit. ');
    const late = await connect('secretariat');
    await waitFor(
      () => late.provider.synced && firstDecisionText(late.doc).toString().startsWith('Chair edit.'),
      'late joiner synced',
    );
    expect(firstDecisionText(late.doc).toString()).toBe(`Chair edit. ${before}`);
  });

  it('refuses writes under another connection’s Yjs client id, so its edits cannot be pre-empted', async () => {
    const victim = await connect('secretariat', undefined, 'Victim');
    const attacker = await connect('chair', undefined, 'Attacker');
    await Promise.all([synced(victim), synced(attacker)]);
    firstDecisionText(victim.doc).insert(0, 'Mine. ');
    await waitFor(() => firstDecisionText(attacker.doc).toString().startsWith('Mine.'), 'attacker saw it');
    // The attacker forges items under the victim's client id, with the victim's next clocks.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(victim.doc));
    forged.clientID = victim.doc.clientID;
    const before = Y.encodeStateVector(forged);
    firstDecisionText(forged).insert(0, 'FORGED ');
    const update = Y.encodeStateAsUpdate(forged, before);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    attacker.provider.ws?.send(encoding.toUint8Array(encoder));
    await waitFor(() => attacker.closes.length > 0, 'attacker closed');
    expect(attacker.closes[0]?.code).toBe(CloseCodes.Forbidden.code);
    attacker.provider.disconnect();
    // The victim's next edit is not dropped as a duplicate.
    firstDecisionText(victim.doc).insert(0, 'Still mine. ');
    const witness = await connect('observer');
    await waitFor(
      () => witness.provider.synced && firstDecisionText(witness.doc).toString().startsWith('Still mine. Mine. '),
      'witness sees the victim’s edits',
    );
    expect(firstDecisionText(witness.doc).toString()).not.toContain('FORGED');
  });

  it('closes a connection that floods the server with messages', async () => {
    const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'chair' });
    const flood = rawSocket(`/collab/${documentId}?token=${token}`);
    await new Promise((resolve) => flood.on('open', resolve));
    const closed = closeOf(flood);
    for (let i = 0; i < 2000; i++) flood.send(Uint8Array.from([MessageType.QueryAwareness]));
    expect((await closed).code).toBe(CloseCodes.TooManyMessages.code);
  });

  it('closes a connection that sends malformed or oversized messages, and keeps serving others', async () => {
    const { token } = await createInvite(server.url, server.adminToken, documentId, { role: 'chair' });
    const bad = rawSocket(`/collab/${documentId}?token=${token}`);
    await new Promise((resolve) => bad.on('open', resolve));
    const badClosed = closeOf(bad);
    bad.send(Uint8Array.from([0, 2, 200, 200, 200, 200, 200, 1]));
    expect((await badClosed).code).toBe(CloseCodes.BadRequest.code);

    const big = rawSocket(`/collab/${documentId}?token=${token}`);
    await new Promise((resolve) => big.on('open', resolve));
    const bigClosed = closeOf(big);
    big.send(new Uint8Array(1024 * 1024 + 10));
    expect(await bigClosed).toEqual({
      code: CloseCodes.MessageTooLarge.code,
      reason: expect.stringMatching(/too large/i),
    });

    const text = rawSocket(`/collab/${documentId}?token=${token}`);
    await new Promise((resolve) => text.on('open', resolve));
    const textClosed = closeOf(text);
    text.send('hello');
    expect((await textClosed).code).toBe(CloseCodes.BadRequest.code);

    const honest = await connect('chair');
    await synced(honest);
    expect(firstDecisionText(honest.doc).toString()).toMatch(/^The Secretariat shall/);
  });
});
