/**
 * Where documents live. The sync code talks only to this interface, so that a PostgreSQL adapter and several
 * server instances sharing documents can come later without touching it. Every method may be async; the
 * SQLite adapter happens to be synchronous underneath.
 *
 * Durability contract: when `appendUpdate` resolves, the update is on disk; the room broadcasts it only then.
 * A store that commits before it returns also offers `immediate` (see `ImmediateCommits`).
 */
export interface DocumentRecord {
  id: string;
  title: string;
  meeting: string;
  symbol: string;
  status: string;
  createdAt: string;
  updatedAt: string;
}

export type NewDocument = Pick<DocumentRecord, 'id' | 'title' | 'meeting' | 'symbol' | 'status'>;

export interface StoredState {
  /** The compacted state, if the log was ever compacted. */
  snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, in order. */
  updates: Uint8Array[];
  /** Sequence number of the last update returned; pass it to `compact`. */
  lastSeq: number;
}

export interface DocumentStore {
  /** Creates the document together with its first update, atomically. */
  createDocument(doc: NewDocument, initialUpdate: Uint8Array): Promise<DocumentRecord>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDocuments(): Promise<DocumentRecord[]>;
  updateDocument(
    id: string,
    fields: Partial<Pick<DocumentRecord, 'title' | 'meeting' | 'symbol' | 'status'>>,
  ): Promise<void>;
  /** Commits one Yjs update to the document's log; returns its sequence number. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>;
  loadState(id: string): Promise<StoredState>;
  /** Replaces the snapshot and every update up to `upToSeq` with `snapshot`, atomically. */
  compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Which invite first wrote under each Yjs client id of the document (see Room: client ids are bound). */
  loadClientOwners(id: string): Promise<Map<number, string>>;
  bindClient(id: string, clientId: number, owner: string): Promise<void>;
  /** Present when the store commits before it returns (SQLite): the same commits, without a promise. */
  readonly immediate?: ImmediateCommits;
  close(): Promise<void>;
}

/**
 * `appendUpdate` and `bindClient` of a store that commits before it returns. With them a quiet room commits and
 * broadcasts an update from the socket's callback that read it, instead of at the end of that turn of the event
 * loop: a keystroke reaches the other screens some 0.1 ms sooner (docs/PERFORMANCE.md).
 */
export interface ImmediateCommits {
  appendUpdate(id: string, update: Uint8Array): number;
  bindClient(id: string, clientId: number, owner: string): void;
}

export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: 'NOT_FOUND' | 'CORRUPT' | 'IO',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}
