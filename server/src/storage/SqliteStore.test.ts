import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '../../../tests/support/yClient.ts';
import { SqliteStore } from './SqliteStore.ts';
import { storeContract } from './storeContract.ts';

storeContract('SqliteStore', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'store.sqlite');
  return { store: new SqliteStore(file), reopen: async () => new SqliteStore(file) };
});

storeContract('SqliteStore checkpointing in the background', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'store.sqlite');
  const open = () => new SqliteStore(file, { checkpointEveryMs: 10 });
  return { store: open(), reopen: async () => open() };
});

describe('SqliteStore checkpointing in the background', () => {
  it('folds the write-ahead log into the database file without a commit doing it, and loses nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'store.sqlite');
    const problems: string[] = [];
    const store = new SqliteStore(file, { checkpointEveryMs: 10, log: (message) => problems.push(message) });
    await store.createDocument(
      { id: 'a', title: 'A', meeting: '', symbol: '', status: 'draft' },
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const emptySize = statSync(file).size;
    // About 2 MiB of keystrokes: with SQLite's own checkpoints off and none from the worker, all of it would
    // stay in the -wal file and the database file would not grow.
    for (let i = 0; i < 500; i++) {
      const before = Y.encodeStateVector(doc);
      text.insert(text.length, `${String(i).padStart(4, '0')}${'x'.repeat(4_000)}`);
      await store.appendUpdate('a', Y.encodeStateAsUpdate(doc, before));
    }
    await waitFor(() => statSync(file).size > emptySize + 2_000_000, 'the database file to take in the log');
    await store.close();
    const reopened = new SqliteStore(file);
    const state = await reopened.loadState('a');
    const copy = new Y.Doc();
    for (const update of state.updates) Y.applyUpdate(copy, update);
    expect(copy.getText('t').toString()).toBe(text.toString());
    expect(problems).toEqual([]);
    await reopened.close();
  });
});

describe('SqliteStore and data directories of earlier versions', () => {
  it('moves the old update log (one table with an AUTOINCREMENT key) over, losing nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'draftroom-store-')), 'store.sqlite');
    const old = new Database(file);
    old.exec(`
      CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, meeting TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft', created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL);
      CREATE TABLE snapshots (document_id TEXT PRIMARY KEY REFERENCES documents(id), state BLOB NOT NULL,
        up_to_seq INTEGER NOT NULL);
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL REFERENCES documents(id),
        data BLOB NOT NULL, created_at TEXT NOT NULL);
    `);
    const doc = new Y.Doc();
    const text = doc.getText('t');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const word of ['one ', 'two ', 'three']) text.insert(text.length, word);
    old.prepare("INSERT INTO documents (id, title, created_at, updated_at) VALUES ('a', 'A', 'then', 'then')").run();
    old.prepare("INSERT INTO documents (id, title, created_at, updated_at) VALUES ('b', 'B', 'then', 'then')").run();
    const insert = old.prepare('INSERT INTO updates (document_id, data, created_at) VALUES (?, ?, ?)');
    insert.run('b', Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), 'then');
    for (const update of updates) insert.run('a', Buffer.from(update), 'then');
    old.close();

    const store = new SqliteStore(file);
    const replay = async () => {
      const state = await store.loadState('a');
      const copy = new Y.Doc();
      for (const update of state.updates) Y.applyUpdate(copy, update);
      return copy.getText('t').toString();
    };
    expect(await replay()).toBe('one two three');
    const before = Y.encodeStateVector(doc);
    text.insert(text.length, '!');
    expect(await store.appendUpdate('a', Y.encodeStateAsUpdate(doc, before))).toBe(5);
    expect(await replay()).toBe('one two three!');
    await store.close();
  });
});
