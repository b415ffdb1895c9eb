import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Checkpointer, startCheckpointer } from './checkpointer.ts';
import type { DocumentRecord, DocumentStore, ImmediateCommits, NewDocument, StoredState } from './DocumentStore.ts';
import { StorageError } from './DocumentStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  meeting TEXT NOT NULL DEFAULT '',
  symbol TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  document_id TEXT PRIMARY KEY REFERENCES documents(id),
  state BLOB NOT NULL,
  up_to_seq INTEGER NOT NULL
);
-- One b-tree ordered by document and sequence: appending a keystroke writes one page, not three (a table, its
-- index and an AUTOINCREMENT counter).
CREATE TABLE IF NOT EXISTS update_log (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS client_owners (
  document_id TEXT NOT NULL REFERENCES documents(id),
  client_id INTEGER NOT NULL,
  owner TEXT NOT NULL,
  PRIMARY KEY (document_id, client_id)
);
`;

interface DocumentRow {
  id: string;
  title: string;
  meeting: string;
  symbol: string;
  status: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  title: row.title,
  meeting: row.meeting,
  symbol: row.symbol,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const TOUCH_EVERY_MS = 5_000;

/** Data directories made before the log had its own b-tree: their `updates` rows move over, sequence numbers kept. */
function migrateUpdateLog(db: Database.Database): void {
  const old = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'updates'").get();
  if (!old) return;
  db.transaction(() => {
    db.exec(
      'INSERT INTO update_log (document_id, seq, data, created_at) SELECT document_id, seq, data, created_at FROM updates',
    );
    db.exec('DROP TABLE updates');
  })();
}

export interface SqliteStoreOptions {
  /** 'normal' survives a killed process (WAL); 'full' also survives power loss, at an fsync per commit. */
  synchronous?: 'normal' | 'full';
  /**
   * Checkpoint the write-ahead log from a worker thread, every this many ms, instead of inside a commit (see
   * `startCheckpointer`). The server does; a short-lived process (a test, the export command) need not.
   */
  checkpointEveryMs?: number;
  /** Told when background checkpoints stopped working and the store went back to SQLite's own. */
  log?: (message: string) => void;
}

/** SQLite's default: checkpoint once the log holds this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

/**
 * The default store: one SQLite file in WAL mode, an append-only update log per document plus a snapshot. One
 * server process writes a data directory (its rooms hold the documents), so sequence numbers are counted here.
 */
export class SqliteStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly lastTouched = new Map<string, number>();
  /** The last sequence number of each document's log, including what compaction folded into the snapshot. */
  private readonly lastSeqs = new Map<string, number>();
  private readonly checkpointer: Checkpointer | null = null;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
    migrateUpdateLog(this.db);
    if (options.checkpointEveryMs !== undefined && file !== ':memory:') {
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = startCheckpointer(file, {
        everyMs: options.checkpointEveryMs,
        onFailure: (reason) => {
          options.log?.(`Background checkpoints stopped (${reason}); SQLite checkpoints in the commit again`);
          if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        },
      });
    }
    this.statements = {
      insertDocument: this.db.prepare(
        'INSERT INTO documents (id, title, meeting, symbol, status, created_at, updated_at) VALUES (@id, @title, @meeting, @symbol, @status, @now, @now)',
      ),
      getDocument: this.db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      listDocuments: this.db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY updated_at DESC'),
      touch: this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      insertUpdate: this.db.prepare('INSERT INTO update_log (document_id, seq, data, created_at) VALUES (?, ?, ?, ?)'),
      maxSeq: this.db.prepare<[string, string], { seq: number | null }>(
        'SELECT max(seq) AS seq FROM (SELECT max(seq) AS seq FROM update_log WHERE document_id = ? UNION ALL SELECT up_to_seq FROM snapshots WHERE document_id = ?)',
      ),
      snapshot: this.db.prepare<[string], { state: Buffer; up_to_seq: number }>(
        'SELECT state, up_to_seq FROM snapshots WHERE document_id = ?',
      ),
      updatesAfter: this.db.prepare<[string, number], { seq: number; data: Buffer }>(
        'SELECT seq, data FROM update_log WHERE document_id = ? AND seq > ? ORDER BY seq',
      ),
      upsertSnapshot: this.db.prepare(
        'INSERT INTO snapshots (document_id, state, up_to_seq) VALUES (?, ?, ?) ON CONFLICT(document_id) DO UPDATE SET state = excluded.state, up_to_seq = excluded.up_to_seq',
      ),
      deleteUpdatesUpTo: this.db.prepare('DELETE FROM update_log WHERE document_id = ? AND seq <= ?'),
      clientOwners: this.db.prepare<[string], { client_id: number; owner: string }>(
        'SELECT client_id, owner FROM client_owners WHERE document_id = ?',
      ),
      bindClient: this.db.prepare(
        'INSERT OR IGNORE INTO client_owners (document_id, client_id, owner) VALUES (?, ?, ?)',
      ),
    };
  }

  async createDocument(doc: NewDocument, initialUpdate: Uint8Array): Promise<DocumentRecord> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.statements.insertDocument.run({ ...doc, now });
      this.statements.insertUpdate.run(doc.id, 1, Buffer.from(initialUpdate), now);
    })();
    this.lastSeqs.set(doc.id, 1);
    return { ...doc, createdAt: now, updatedAt: now };
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = this.statements.getDocument.get(id);
    return row ? toRecord(row) : null;
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    return this.statements.listDocuments.all().map(toRecord);
  }

  async updateDocument(id: string, fields: Partial<Pick<DocumentRecord, 'title' | 'meeting' | 'symbol' | 'status'>>) {
    const entries = Object.entries(fields).filter(([, value]) => typeof value === 'string');
    if (entries.length === 0) return;
    const assignments = entries.map(([key]) => `${key} = @${key}`).join(', ');
    this.db.prepare(`UPDATE documents SET ${assignments} WHERE id = @id`).run({ ...Object.fromEntries(entries), id });
  }

  readonly immediate: ImmediateCommits = {
    appendUpdate: (id, update) => this.commitUpdate(id, update),
    bindClient: (id, clientId, owner) => {
      this.statements.bindClient.run(id, clientId, owner);
    },
  };

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    return this.commitUpdate(id, update);
  }

  private commitUpdate(id: string, update: Uint8Array): number {
    const now = Date.now();
    const iso = new Date(now).toISOString();
    const data = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
    const seq = this.lastSeq(id) + 1;
    // "Last activity" to the nearest few seconds is plenty; rewriting the row on every keystroke is not free.
    if (now - (this.lastTouched.get(id) ?? 0) < TOUCH_EVERY_MS) {
      this.statements.insertUpdate.run(id, seq, data, iso);
    } else {
      this.lastTouched.set(id, now);
      this.db.transaction(() => {
        this.statements.insertUpdate.run(id, seq, data, iso);
        this.statements.touch.run(iso, id);
      })();
    }
    this.lastSeqs.set(id, seq);
    return seq;
  }

  private lastSeq(id: string): number {
    let seq = this.lastSeqs.get(id);
    if (seq === undefined) {
      seq = this.statements.maxSeq.get(id, id)?.seq ?? 0;
      this.lastSeqs.set(id, seq);
    }
    return seq;
  }

  async loadState(id: string): Promise<StoredState> {
    if (!this.statements.getDocument.get(id)) throw new StorageError(`No document ${id}`, 'NOT_FOUND');
    const snapshot = this.statements.snapshot.get(id);
    const rows = this.statements.updatesAfter.all(id, snapshot?.up_to_seq ?? 0);
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
      updates: rows.map((row) => new Uint8Array(row.data)),
      lastSeq: rows.at(-1)?.seq ?? snapshot?.up_to_seq ?? 0,
    };
  }

  async compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(id, Buffer.from(snapshot), upToSeq);
      this.statements.deleteUpdatesUpTo.run(id, upToSeq);
    })();
  }

  async loadClientOwners(id: string): Promise<Map<number, string>> {
    return new Map(this.statements.clientOwners.all(id).map((row) => [row.client_id, row.owner]));
  }

  async bindClient(id: string, clientId: number, owner: string): Promise<void> {
    this.immediate.bindClient(id, clientId, owner);
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }
}
