import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore } from './DocumentStore.ts';

function updateWithText(text: string, base?: Y.Doc): { doc: Y.Doc; update: Uint8Array } {
  const doc = base ?? new Y.Doc();
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return { doc, update: Y.encodeStateAsUpdate(doc, before) };
}

function replay(state: { snapshot: Uint8Array | null; updates: Uint8Array[] }): string {
  const doc = new Y.Doc();
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot);
  for (const update of state.updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

const meta = (id: string) => ({ id, title: `Doc ${id}`, meeting: 'COP15', symbol: `S/${id}`, status: 'draft' });

/**
 * The rules every storage adapter must keep; run it against each adapter (tldraw keeps one such suite).
 */
export function storeContract(
  name: string,
  open: () => Promise<{ store: DocumentStore; reopen: () => Promise<DocumentStore> }>,
) {
  describe(`${name} keeps the DocumentStore contract`, () => {
    let store: DocumentStore;
    let reopen: () => Promise<DocumentStore>;

    beforeEach(async () => {
      ({ store, reopen } = await open());
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates a document with its first update and lists it', async () => {
      const { update } = updateWithText('hello');
      await store.createDocument(meta('a'), update);
      expect((await store.getDocument('a'))?.title).toBe('Doc a');
      expect((await store.listDocuments()).map((d) => d.id)).toEqual(['a']);
      expect(replay(await store.loadState('a'))).toBe('hello');
    });

    it('returns appended updates in order, and they survive reopening', async () => {
      const first = updateWithText('one ');
      await store.createDocument(meta('a'), first.update);
      const second = updateWithText('two ', first.doc);
      const third = updateWithText('three', first.doc);
      const s2 = await store.appendUpdate('a', second.update);
      const s3 = await store.appendUpdate('a', third.update);
      expect(s3).toBeGreaterThan(s2);
      await store.close();
      store = await reopen();
      expect(replay(await store.loadState('a'))).toBe('one two three');
    });

    it('compaction replaces the log by a snapshot without changing the document', async () => {
      const first = updateWithText('one ');
      await store.createDocument(meta('a'), first.update);
      await store.appendUpdate('a', updateWithText('two', first.doc).update);
      const before = await store.loadState('a');
      await store.compact('a', Y.encodeStateAsUpdate(first.doc), before.lastSeq);
      const after = await store.loadState('a');
      expect(after.snapshot).not.toBeNull();
      expect(after.updates).toHaveLength(0);
      expect(replay(after)).toBe('one two');
      // Updates appended after compaction are kept after the snapshot.
      await store.appendUpdate('a', updateWithText('!', first.doc).update);
      expect(replay(await store.loadState('a'))).toBe('one two!');
    });

    it('keeps what is appended after a compaction of the whole log, across reopening', async () => {
      const first = updateWithText('one ');
      await store.createDocument(meta('a'), first.update);
      const second = updateWithText('two', first.doc);
      await store.appendUpdate('a', second.update);
      await store.compact('a', Y.encodeStateAsUpdate(second.doc), (await store.loadState('a')).lastSeq);
      await store.close();
      store = await reopen();
      // The log is empty now: the next sequence number must still come after the snapshot's.
      await store.appendUpdate('a', updateWithText('!', second.doc).update);
      await store.close();
      store = await reopen();
      expect(replay(await store.loadState('a'))).toBe('one two!');
    });

    it('keeps documents apart', async () => {
      await store.createDocument(meta('a'), updateWithText('A').update);
      await store.createDocument(meta('b'), updateWithText('B').update);
      expect(replay(await store.loadState('a'))).toBe('A');
      expect(replay(await store.loadState('b'))).toBe('B');
    });

    it('refuses to load an unknown document instead of returning an empty one', async () => {
      await expect(store.loadState('nope')).rejects.toThrow(/nope/);
    });

    it('remembers which invite owns each Yjs client id, first binding wins, across reopening', async () => {
      await store.createDocument(meta('a'), updateWithText('A').update);
      await store.bindClient('a', 42, 'invite:x');
      await store.bindClient('a', 42, 'invite:y');
      await store.bindClient('a', 7, 'invite:y');
      await store.close();
      store = await reopen();
      expect(await store.loadClientOwners('a')).toEqual(
        new Map([
          [42, 'invite:x'],
          [7, 'invite:y'],
        ]),
      );
    });

    it('updates listed metadata', async () => {
      await store.createDocument(meta('a'), updateWithText('A').update);
      await store.updateDocument('a', { title: 'Renamed', status: 'negotiation' });
      expect(await store.getDocument('a')).toMatchObject({ title: 'Renamed', status: 'negotiation' });
    });
  });
}
