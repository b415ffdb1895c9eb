import { readFileSync } from 'node:fs';
import { encodeNewDocument } from '@draftroom/document-model';
import { importText } from '@draftroom/import';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/src/storage/SqliteStore.ts';
import { Connection } from '../../server/src/sync/Connection.ts';
import { Room } from '../../server/src/sync/Room.ts';
import { fuzzMessages, prng } from '../support/fuzzMessages.ts';

/**
 * Every fuzz message through the room's real handler, each on a fresh connection so that none is skipped after
 * a refusal: decoders, the client-id binding and the guard all see it. The wire-level test beside this one
 * covers the sockets; this one covers every message.
 */
const MESSAGES = Number(process.env.FUZZ_MESSAGES ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

describe('the room handler under hostile input', () => {
  it(`handles ${MESSAGES} random and mutated messages, each in under 100 ms, and stays consistent (seed ${SEED})`, {
    timeout: 300_000,
  }, async () => {
    const store = new SqliteStore(':memory:');
    const fixture = readFileSync(
      new URL('../fixtures/cms-cop15-synergies-and-partnerships.txt', import.meta.url),
      'utf8',
    );
    await store.createDocument(
      { id: 'd', title: 'Fuzz', meeting: '', symbol: '', status: 'draft' },
      encodeNewDocument(importText(fixture).content),
    );
    const room = await Room.load('d', store, { compactEvery: 200 });
    const next = fuzzMessages(prng(SEED));
    const roles = ['chair', 'secretariat', 'delegate', 'observer'] as const;
    let slowest = 0;
    let refused = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const role = roles[i % roles.length] as (typeof roles)[number];
      let closed = false;
      const connection = new Connection(
        { send: () => {}, close: () => (closed = true) },
        { key: `k${i % 7}`, role, party: role === 'delegate' ? 'Brazil' : null, name: 'Fuzz' },
      );
      room.join(connection);
      const start = performance.now();
      await room.receive(connection, next());
      slowest = Math.max(slowest, performance.now() - start);
      if (closed) refused++;
      room.leave(connection);
    }
    console.log(JSON.stringify({ seed: SEED, messages: MESSAGES, refused, slowestMs: Number(slowest.toFixed(2)) }));
    expect(slowest).toBeLessThan(100);
    // What the room holds is exactly what it stored: a fresh load gives the same document.
    await room.compact();
    const reloaded = await Room.load('d', store, { compactEvery: 200 });
    const { encodeStateAsUpdate } = await import('yjs');
    expect(reloaded.doc.getXmlFragment('content').toJSON()).toBe(room.doc.getXmlFragment('content').toJSON());
    expect(encodeStateAsUpdate(reloaded.doc).length).toBe(encodeStateAsUpdate(room.doc).length);
    await room.close();
    await reloaded.close();
    await store.close();
  });
});
