import { addresseeGroup, decision, doc, encodeNewDocument, paragraph, topic } from '@draftroom/document-model';
import { CloseCodes, MessageType } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { firstDecisionText } from '../../../tests/support/demoDocument.ts';
import type { DocumentStore, StoredState } from '../storage/DocumentStore.ts';
import { Connection } from './Connection.ts';
import { DocumentLoadError } from './loadDocument.ts';
import { updateMessage } from './messages.ts';
import { Room } from './Room.ts';

/** A socket that records what it was sent. */
function recordingSocket() {
  const sent: Uint8Array[] = [];
  const closes: Array<{ code: number; reason: string }> = [];
  return {
    sent,
    closes,
    send: (data: Uint8Array) => sent.push(data),
    close: (code: number, reason: string) => closes.push({ code, reason }),
  };
}

/** Updates a socket received as Yjs document updates (not sync step 1 or awareness). */
function receivedUpdates(sent: Uint8Array[]): Uint8Array[] {
  return sent.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return [];
    const type = decoding.readVarUint(decoder);
    return type === syncProtocol.messageYjsUpdate ? [decoding.readVarUint8Array(decoder)] : [];
  });
}

/**
 * An in-memory store whose writes can be held back or made to fail. With `immediate` it also commits before it
 * returns, as SQLite does (writes cannot be held back then).
 */
function memoryStore(initial: Uint8Array[], { immediate = false } = {}) {
  const log = [...initial];
  let release: (() => void) | null = null;
  let held: (() => void) | null = null;
  let hold = false;
  let fail = false;
  const store = {
    async loadState(): Promise<StoredState> {
      return { snapshot: null, updates: [...log], lastSeq: log.length };
    },
    async appendUpdate(_id: string, update: Uint8Array) {
      if (fail) throw new Error('disk full');
      if (hold) {
        await new Promise<void>((resolve) => {
          release = resolve;
          held?.();
        });
      }
      log.push(update);
      return log.length;
    },
    async compact() {},
    async loadClientOwners() {
      return new Map<number, string>();
    },
    async bindClient() {},
    async updateDocument() {},
    immediate: immediate
      ? {
          appendUpdate(_id: string, update: Uint8Array) {
            if (fail) throw new Error('disk full');
            log.push(update);
            return log.length;
          },
          bindClient() {},
        }
      : undefined,
  } as unknown as DocumentStore;
  return {
    store,
    log,
    /** Holds back writes; resolves once one is being held. */
    holdWrites: () => {
      hold = true;
      return new Promise<void>((resolve) => (held = resolve));
    },
    releaseWrite: () => release?.(),
    failWrites: () => (fail = true),
  };
}

/** An update that sets the document's title: the smallest edit a chair may make. */
function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return Y.encodeStateAsUpdate(doc);
}

const chair = { key: 'invite:chair', role: 'chair' as const, party: null, name: 'Chair' };

/** A room with three chairs, A, B and C, and an edit of the settings each from A and from B. */
async function threeChairs(options: { immediate?: boolean; now?: () => number } = {}) {
  const memory = memoryStore([textUpdate('base')], options);
  const room = await Room.load('d', memory.store, { compactEvery: 100, ...(options.now ? { now: options.now } : {}) });
  const [aSocket, bSocket, cSocket] = [recordingSocket(), recordingSocket(), recordingSocket()];
  const [a, b, c] = [aSocket, bSocket, cSocket].map((socket) => new Connection(socket, chair)) as [
    Connection,
    Connection,
    Connection,
  ];
  for (const connection of [a, b, c]) room.join(connection);
  const edit = (key: string, value: string) => {
    const doc = new Y.Doc();
    doc.getMap('meta').set(key, value);
    return updateMessage(Y.encodeStateAsUpdate(doc));
  };
  return {
    memory,
    room,
    a,
    b,
    aSocket,
    bSocket,
    cSocket,
    fromA: edit('meeting', 'from A'),
    fromB: edit('symbol', 'from B'),
  };
}

describe('Room', () => {
  it('commits an update to the store before any other client hears of it', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const a = new Connection(recordingSocket(), chair);
    const bSocket = recordingSocket();
    const b = new Connection(bSocket, chair);
    room.join(a);
    room.join(b);
    const writeHeld = memory.holdWrites();
    const handled = room.receive(a, updateMessage(textUpdate('x')));
    await writeHeld;
    expect(receivedUpdates(bSocket.sent)).toHaveLength(0);
    memory.releaseWrite();
    await handled;
    expect(memory.log).toHaveLength(2);
    expect(receivedUpdates(bSocket.sent)).toHaveLength(1);
  });

  it('does not echo an update to its sender', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const aSocket = recordingSocket();
    const a = new Connection(aSocket, chair);
    room.join(a);
    await room.receive(a, updateMessage(textUpdate('x')));
    expect(receivedUpdates(aSocket.sent)).toHaveLength(0);
  });

  it('commits updates queued together in one write and sends each writer only the others’ part', async () => {
    const { memory, room, a, b, aSocket, bSocket, cSocket, fromA, fromB } = await threeChairs();
    await Promise.all([room.receive(a, fromA), room.receive(b, fromB)]);
    expect(memory.log).toHaveLength(2);
    const seenBy = (socket: ReturnType<typeof recordingSocket>) => {
      const doc = new Y.Doc();
      for (const update of receivedUpdates(socket.sent)) Y.applyUpdate(doc, update);
      return { updates: receivedUpdates(socket.sent).length, meta: doc.getMap('meta').toJSON() };
    };
    expect(seenBy(cSocket)).toEqual({ updates: 1, meta: { meeting: 'from A', symbol: 'from B' } });
    expect(seenBy(aSocket)).toEqual({ updates: 1, meta: { symbol: 'from B' } });
    expect(seenBy(bSocket)).toEqual({ updates: 1, meta: { meeting: 'from A' } });
  });

  it('commits and broadcasts once for updates read from several sockets in the same turn of the event loop', async () => {
    const { memory, room, a, b, aSocket, bSocket, cSocket, fromA, fromB } = await threeChairs();
    const handledA = room.receive(a, fromA);
    // Node drains the microtasks between the callbacks of two sockets' reads: A's update is handled whole here.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    const handledB = room.receive(b, fromB);
    await Promise.all([handledA, handledB]);
    expect(memory.log).toHaveLength(2);
    expect(receivedUpdates(cSocket.sent)).toHaveLength(1);
    expect(receivedUpdates(aSocket.sent)).toHaveLength(1);
    expect(receivedUpdates(bSocket.sent)).toHaveLength(1);
  });

  it('with a store that commits at once, commits and broadcasts an update in the call that received it', async () => {
    const { memory, room, a, aSocket, bSocket, cSocket, fromA } = await threeChairs({ immediate: true });
    const handled = room.receive(a, fromA);
    expect(memory.log).toHaveLength(2);
    expect(receivedUpdates(bSocket.sent)).toHaveLength(1);
    expect(receivedUpdates(cSocket.sent)).toHaveLength(1);
    expect(receivedUpdates(aSocket.sent)).toHaveLength(0);
    await handled;
    expect(memory.log).toHaveLength(2);
  });

  it('with a store that commits at once, batches what arrives before the room has been quiet as long as its last broadcast took', async () => {
    // The clock stands still: every update after the first arrives "at once" after the broadcast before it.
    const { memory, room, a, b, aSocket, bSocket, cSocket, fromA, fromB } = await threeChairs({
      immediate: true,
      now: () => 0,
    });
    const handledA = room.receive(a, fromA);
    // Node drains the microtasks between the callbacks of two sockets' reads: the room is idle again here.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    const handledB = room.receive(b, fromB);
    const status = new Y.Doc();
    status.getMap('meta').set('status', 'again from A');
    const fromA2 = updateMessage(Y.encodeStateAsUpdate(status));
    const handledA2 = room.receive(a, fromA2);
    expect(receivedUpdates(cSocket.sent)).toHaveLength(1);
    await Promise.all([handledA, handledB, handledA2]);
    // A's first update alone, then B's and A's second together, at the end of the turn of the event loop.
    expect(memory.log).toHaveLength(3);
    expect(receivedUpdates(cSocket.sent)).toHaveLength(2);
    const seen = new Y.Doc();
    for (const update of receivedUpdates(cSocket.sent)) Y.applyUpdate(seen, update);
    expect(seen.getMap('meta').toJSON()).toEqual({ meeting: 'from A', symbol: 'from B', status: 'again from A' });
    expect(receivedUpdates(aSocket.sent)).toHaveLength(1);
    expect(receivedUpdates(bSocket.sent)).toHaveLength(2);
  });

  it('with a store that commits at once, sends an update at once again once the room has been quiet', async () => {
    let clock = 0;
    const { memory, room, a, b, cSocket, fromA, fromB } = await threeChairs({ immediate: true, now: () => clock });
    await room.receive(a, fromA);
    clock += 5;
    const handledB = room.receive(b, fromB);
    expect(memory.log).toHaveLength(3);
    expect(receivedUpdates(cSocket.sent)).toHaveLength(2);
    await handledB;
  });

  it('with a store that commits at once, broadcasts nothing and closes everyone when it cannot write', async () => {
    const { memory, room, a, aSocket, bSocket, fromA } = await threeChairs({ immediate: true });
    memory.failWrites();
    await room.receive(a, fromA);
    expect(receivedUpdates(bSocket.sent)).toHaveLength(0);
    expect(aSocket.closes[0]?.code).toBe(CloseCodes.ServerShutdown.code);
    expect(bSocket.closes[0]?.code).toBe(CloseCodes.ServerShutdown.code);
    expect(room.isFailed).toBe(true);
  });

  it('keeps every admitted keystroke when a refused update is rolled back, and serves them all', async () => {
    const base = encodeNewDocument(
      doc([topic('Synergies', [addresseeGroup(['Secretariat'], [decision('15.AA', [paragraph('Text.')])])])]),
    );
    const memory = memoryStore([base]);
    const room = await Room.load('d', memory.store, { compactEvery: 1_000 });
    const [writerSocket, otherSocket] = [recordingSocket(), recordingSocket()];
    const [writer, other] = [new Connection(writerSocket, chair), new Connection(otherSocket, chair)];
    room.join(writer);
    room.join(other);
    const typist = new Y.Doc();
    Y.applyUpdate(typist, base);
    const type = async (letters: string) => {
      for (const letter of letters) {
        const before = Y.encodeStateVector(typist);
        const text = firstDecisionText(typist);
        text.insert(text.length, letter);
        await room.receive(writer, updateMessage(Y.encodeStateAsUpdate(typist, before)));
      }
    };
    const roomText = (room: Room) => firstDecisionText(room.doc).toString();
    // Fewer keystrokes than the room applies to its document at once: they are committed and sent, not applied.
    await type(' Agreed');
    const bogus = new Y.Doc();
    bogus.getMap('not-a-document-part').set('x', 1);
    await room.receive(other, updateMessage(Y.encodeStateAsUpdate(bogus)));
    expect(otherSocket.closes).toHaveLength(1);
    await type(' today.');
    expect(writerSocket.closes).toEqual([]);
    expect(roomText(room)).toBe('Text. Agreed today.');
    expect(room.doc.share.has('not-a-document-part')).toBe(false);
    const reloaded = await Room.load('d', memory.store, { compactEvery: 100 });
    expect(roomText(reloaded)).toBe('Text. Agreed today.');
  });

  it('takes two updates of one writer queued together, the second building on the first', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const socket = recordingSocket();
    const a = new Connection(socket, chair);
    room.join(a);
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(room.doc));
    const updates: Uint8Array[] = [];
    writer.on('update', (update: Uint8Array) => updates.push(update));
    writer.getMap('meta').set('meeting', 'first');
    writer.getMap('meta').set('symbol', 'second');
    await Promise.all(updates.map((update) => room.receive(a, updateMessage(update))));
    expect(socket.closes).toEqual([]);
    expect(room.doc.getMap('meta').toJSON()).toMatchObject({ meeting: 'first', symbol: 'second' });
    const reloaded = await Room.load('d', memory.store, { compactEvery: 100 });
    expect(reloaded.doc.getMap('meta').toJSON()).toMatchObject({ meeting: 'first', symbol: 'second' });
  });

  it('commits what it has applied before answering a newcomer’s sync request with the document', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const a = new Connection(recordingSocket(), chair);
    const newcomerSocket = recordingSocket();
    const newcomer = new Connection(newcomerSocket, chair);
    room.join(a);
    room.join(newcomer);
    const logAtReply: number[] = [];
    const send = newcomerSocket.send;
    newcomerSocket.send = (data: Uint8Array) => {
      logAtReply.push(memory.log.length);
      return send(data);
    };
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, MessageType.Sync);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    const typed = new Y.Doc();
    typed.getMap('meta').set('meeting', 'typed');
    await Promise.all([
      room.receive(a, updateMessage(Y.encodeStateAsUpdate(typed))),
      room.receive(newcomer, encoding.toUint8Array(step1)),
    ]);
    // The reply (the document) and the broadcast of the update both go out after the commit.
    expect(logAtReply).toEqual([2, 2]);
    const synced = new Y.Doc();
    for (const message of newcomerSocket.sent) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MessageType.Sync) continue;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), synced, null);
    }
    expect(synced.getMap('meta').get('meeting')).toBe('typed');
  });

  it('broadcasts nothing and closes everyone when the store cannot write', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const aSocket = recordingSocket();
    const bSocket = recordingSocket();
    const a = new Connection(aSocket, chair);
    const b = new Connection(bSocket, chair);
    room.join(a);
    room.join(b);
    memory.failWrites();
    await room.receive(a, updateMessage(textUpdate('lost?')));
    expect(receivedUpdates(bSocket.sent)).toHaveLength(0);
    expect(aSocket.closes[0]?.code).toBe(CloseCodes.ServerShutdown.code);
    expect(bSocket.closes[0]?.code).toBe(CloseCodes.ServerShutdown.code);
    expect(room.isFailed).toBe(true);
  });

  it('refuses an update that would grow the document past its maximum size, and stores nothing', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100, maxDocumentBytes: 200 });
    const socket = recordingSocket();
    const a = new Connection(socket, chair);
    room.join(a);
    await room.receive(a, updateMessage(textUpdate('x'.repeat(500))));
    expect(socket.closes[0]?.code).toBe(CloseCodes.DocumentTooLarge.code);
    expect(memory.log).toHaveLength(1);
    expect(room.doc.getMap('meta').get('title')).toBe('base');
  });

  it('keeps an update that overtook the one it builds on until that one arrives, then applies both', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(room.doc));
    const sv = Y.encodeStateVector(writer);
    writer.getMap('meta').set('title', 'first');
    const first = Y.encodeStateAsUpdate(writer, sv);
    const sv2 = Y.encodeStateVector(writer);
    writer.getMap('meta').set('symbol', 'second');
    const second = Y.encodeStateAsUpdate(writer, sv2);
    const socket = recordingSocket();
    const a = new Connection(socket, chair);
    room.join(a);
    await room.receive(a, updateMessage(second));
    expect(socket.closes).toEqual([]);
    expect(room.doc.getMap('meta').get('symbol')).toBeUndefined();
    await room.receive(a, updateMessage(first));
    expect(socket.closes).toEqual([]);
    expect(room.doc.getMap('meta').toJSON()).toMatchObject({ title: 'first', symbol: 'second' });
    const reloaded = await Room.load('d', memory.store, { compactEvery: 100 });
    expect(reloaded.doc.getMap('meta').toJSON()).toMatchObject({ title: 'first', symbol: 'second' });
  });

  it('refuses to load a document whose stored state is corrupt', async () => {
    const memory = memoryStore([textUpdate('base'), Uint8Array.from([1, 2, 3, 4, 5, 250, 250, 250])]);
    await expect(Room.load('d', memory.store, { compactEvery: 100 })).rejects.toBeInstanceOf(DocumentLoadError);
  });

  it('refuses to load a document whose stored updates are incomplete', async () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'one');
    const sv = Y.encodeStateVector(doc);
    doc.getText('t').insert(3, ' two');
    const onlyTheSecond = Y.encodeStateAsUpdate(doc, sv);
    const memory = memoryStore([onlyTheSecond]);
    await expect(Room.load('d', memory.store, { compactEvery: 100 })).rejects.toThrow(/incomplete/);
  });
});
