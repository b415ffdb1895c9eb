import { CloseCodes, MessageType } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
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

/** An in-memory store whose writes can be held back or made to fail. */
function memoryStore(initial: Uint8Array[]) {
  const log = [...initial];
  let release: (() => void) | null = null;
  let hold = false;
  let fail = false;
  const store = {
    async loadState(): Promise<StoredState> {
      return { snapshot: null, updates: [...log], lastSeq: log.length };
    },
    async appendUpdate(_id: string, update: Uint8Array) {
      if (fail) throw new Error('disk full');
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      log.push(update);
      return log.length;
    },
    async compact() {},
    async loadClientOwners() {
      return new Map<number, string>();
    },
    async bindClient() {},
    async updateDocument() {},
  } as unknown as DocumentStore;
  return {
    store,
    log,
    holdWrites: () => (hold = true),
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

describe('Room', () => {
  it('commits an update to the store before any other client hears of it', async () => {
    const memory = memoryStore([textUpdate('base')]);
    const room = await Room.load('d', memory.store, { compactEvery: 100 });
    const a = new Connection(recordingSocket(), chair);
    const bSocket = recordingSocket();
    const b = new Connection(bSocket, chair);
    room.join(a);
    room.join(b);
    memory.holdWrites();
    const handled = room.receive(a, updateMessage(textUpdate('x')));
    await new Promise((resolve) => setImmediate(resolve));
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
    expect(memory.log.length).toBe(3);
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
