import { CloseCodes, META_KEYS, MessageType, Y_META } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { UpdateGuard } from '../guard/UpdateGuard.ts';
import type { DocumentStore, ImmediateCommits } from '../storage/DocumentStore.ts';
import { ackMessage } from './ackMessage.ts';
import { decodeAwarenessUpdate, encodeAwarenessEntries, stampIdentity } from './awarenessStamp.ts';
import type { Connection } from './Connection.ts';
import { changesDocument } from './changesDocument.ts';
import { loadDocument } from './loadDocument.ts';
import {
  awarenessMessage,
  awarenessStatesMessage,
  compressedSyncStep2Message,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './messages.ts';
import { preframe } from './preframe.ts';

export interface RoomOptions {
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number;
  /** Refuse updates once the stored document would grow past this many bytes. */
  maxDocumentBytes?: number;
  onEmpty?: (room: Room) => void;
  /** The clock that tells a quiet room from a busy one (milliseconds); `performance.now` unless a test sets it. */
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

class ProtocolError extends Error {}

type UpdateMeta = ReturnType<typeof Y.parseUpdateMeta>;

/** The clocks an update starts and ends at, per client; null when it does not decode. */
function updateMetaOf(update: Uint8Array): UpdateMeta | null {
  try {
    return Y.parseUpdateMeta(update);
  } catch {
    return null;
  }
}

/** An update applied to the room's document and waiting for the commit of its batch. */
interface Applied {
  origin: Connection;
  /** What it changed; null when the server had all of it already (it is still acknowledged). */
  change: Uint8Array | null;
  /** Client ids it wrote under for the first time: bound to its invite in the same commit. */
  newClients: number[];
  /** The clocks to acknowledge once committed, if the client asked for Acks. */
  ack: Map<number, number> | null;
}

/** How much a connection may have waiting for an earlier update before it is cut off. */
const MAX_WAITING_UPDATES = 1_000;
const MAX_WAITING_BYTES = 4 * 1024 * 1024;

/** Admitted updates the room's document may lag behind by; then they are applied together, in one transaction. */
const CATCH_UP_AFTER = 64;

/** A SyncStep2 this large goes gzipped to a client that asked for it; a smaller one would gain little. */
export const COMPRESS_SYNC_FROM_BYTES = 64 * 1024;

/**
 * One document being edited: its Y.Doc, who is connected, and awareness. Messages from all connections are
 * handled one at a time, in order (see `enqueue`). An update is checked, applied, committed and only then
 * broadcast: nobody hears of an update before it is on disk. An update that finds the room quiet goes out at
 * once, from the socket's own callback; updates that arrive together (several in one read from a socket, or
 * from several sockets while the room was busy) are committed together at the end of the turn of the event loop
 * and broadcast as one message (see `scheduleFlush` and `flush`): a busy room sends fewer, larger frames instead
 * of queueing one broadcast behind another.
 */
export class Room {
  readonly connections = new Set<Connection>();
  readonly awareness: awarenessProtocol.Awareness;
  /** Resolves (never rejects) when every task queued so far has run; see `enqueue`. */
  private queue: Promise<void> = Promise.resolve();
  /** Tasks queued or running: none means the room is idle and the next one may run at once. */
  private tasks = 0;
  /** True while a task that found the room quiet runs inside the call that queued it: its update goes out at once. */
  private flushAtOnce = false;
  /** When the room's last task ended, and how long its synchronous part took (see `quiet`). */
  private lastBusyEnd = Number.NEGATIVE_INFINITY;
  private lastBusyTook = 0;
  /** Applied, not yet committed or broadcast: flushed at once or at the end of this turn (see `scheduleFlush`). */
  private batch: Applied[] = [];
  /** Settles once the batch being gathered has been flushed; null while none is. */
  private flushed: Promise<void> | null = null;
  /**
   * Admitted updates that are new as a whole: checked (the guard's shadow has them), committed and broadcast,
   * but not yet applied to the room's document. They are applied together, in one transaction, before anything
   * reads the document (`doc`: a sync request, a compaction, an export, a refused update's rollback) or once
   * CATCH_UP_AFTER have gathered: one transaction for many keystrokes costs a fraction of one per keystroke.
   * Until then the guard's shadow, which has every admitted update, answers for the document's clocks.
   */
  private unapplied: Uint8Array[] = [];
  /**
   * Built when the first update needs checking, not when the document loads: reading every block of a long
   * compilation text takes longer than loading it, and the first reader should not wait for it. Until then no
   * update was admitted, so the room's document answers for the clocks and settings.
   */
  private checker: UpdateGuard | null = null;
  private lastSeq: number;
  private appendedSinceCompaction = 0;
  private compacting = false;
  private failed = false;
  private closed = false;
  /** Bytes of the stored snapshot and log, as an upper bound of the document's size. */
  private storedBytes: number;
  /**
   * The whole document as a CompressedSyncStep2, and the last committed update it holds: every browser opening
   * the document afresh asks for the same bytes, and a plenary opens it hundreds of times at once.
   */
  private compressedWhole: { seq: number; message: Uint8Array } | null = null;

  private constructor(
    readonly id: string,
    /** The document as committed, short of `unapplied`: read it through `doc`. */
    private readonly ydoc: Y.Doc,
    private readonly store: DocumentStore,
    lastSeq: number,
    storedBytes: number,
    private readonly clientOwners: Map<number, string>,
    private readonly options: RoomOptions,
  ) {
    this.lastSeq = lastSeq;
    this.storedBytes = storedBytes;
    ydoc.getMap(Y_META).observe(this.syncListing);
    this.awareness = new awarenessProtocol.Awareness(ydoc);
    // The server takes part in no awareness of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.broadcastAwareness);
  }

  private get guard(): UpdateGuard {
    this.checker ??= new UpdateGuard(this.ydoc, () => this.catchUp());
    return this.checker;
  }

  /** The clock the document has reached for a client, every admitted update included. */
  private clockOf(client: number): number {
    return this.checker ? this.checker.clockOf(client) : Y.getState(this.ydoc.store, client);
  }

  /** A document setting (`meta`), every admitted update included. */
  private setting(key: string): unknown {
    return this.checker ? this.checker.setting(key) : this.ydoc.getMap(Y_META).get(key);
  }

  /** The document with every committed update. */
  get doc(): Y.Doc {
    this.catchUp();
    return this.ydoc;
  }

  /** The document caught up, or null if catching up failed the room. */
  private current(): Y.Doc | null {
    const doc = this.doc;
    return this.failed ? null : doc;
  }

  /** Loads a document, or throws: a document that cannot be read whole is never served, not even empty. */
  static async load(id: string, store: DocumentStore, options: RoomOptions): Promise<Room> {
    const { doc, state } = await loadDocument(store, id);
    const clientOwners = await store.loadClientOwners(id);
    const storedBytes = (state.snapshot?.byteLength ?? 0) + state.updates.reduce((sum, u) => sum + u.byteLength, 0);
    return new Room(id, doc, store, state.lastSeq, storedBytes, clientOwners, options);
  }

  /** Adds a connection and starts the sync handshake. Returns false if the room was unloaded meanwhile. */
  join(connection: Connection): boolean {
    const doc = this.closed || this.failed ? null : this.current();
    if (!doc) return false;
    this.connections.add(connection);
    connection.send(syncStep1Message(doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(awarenessStatesMessage(this.awareness, states));
    return true;
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], connection);
    if (this.connections.size === 0) this.options.onEmpty?.(this);
  }

  /** Queues one message; resolves once it has been handled (committed and broadcast, or refused). */
  receive(connection: Connection, message: Uint8Array): Promise<void> {
    return this.enqueue(() => this.handle(connection, message)).then(() => this.flushed ?? undefined);
  }

  /**
   * Runs a task after every task queued before it. An idle room runs it at once, inside this call, up to its
   * first `await`: a keystroke that finds the room quiet is checked, committed and broadcast from the socket's
   * own callback, as y-websocket does, instead of a turn later (some 0.1 ms).
   */
  private enqueue(task: () => Promise<void>): Promise<void> {
    this.tasks++;
    if (this.tasks > 1) {
      const done = this.queue
        .then(() => this.timed(task))
        .finally(() => {
          this.tasks--;
        });
      // A task that fails does not stop the ones after it.
      this.queue = done.then(noop, noop);
      return done;
    }
    // Whatever the task queues while it runs waits for it.
    let settle = noop;
    const placeholder = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.queue = placeholder;
    this.flushAtOnce = this.quiet();
    let run: Promise<void>;
    try {
      run = this.timed(task);
    } finally {
      this.flushAtOnce = false;
    }
    const done = run.finally(() => {
      this.tasks--;
      settle();
    });
    if (this.queue === placeholder) this.queue = done.then(noop, noop);
    return done;
  }

  /**
   * Runs a task and notes how long its synchronous part kept the room busy (see `quiet`). With a store that
   * commits before it returns, that part holds the whole of any flush.
   */
  private timed(task: () => Promise<void>): Promise<void> {
    const started = this.now();
    let run: Promise<void>;
    try {
      run = task();
    } catch (error) {
      run = Promise.reject(error);
    }
    this.lastBusyEnd = this.now();
    this.lastBusyTook = this.lastBusyEnd - started;
    return run;
  }

  private async handle(connection: Connection, message: Uint8Array): Promise<void> {
    if (connection.closed || this.failed) return;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.Sync) await this.handleSync(connection, decoder);
      else if (type === MessageType.Awareness) this.handleAwareness(connection, decoding.readVarUint8Array(decoder));
      else if (type === MessageType.QueryAwareness)
        connection.send(awarenessStatesMessage(this.awareness, [...this.awareness.getStates().keys()]));
      else if (type === MessageType.RequestAcks) connection.wantsAcks = true;
      else if (type !== MessageType.Auth) throw new ProtocolError(`Unknown message type ${type}`);
    } catch (error) {
      if (error instanceof StoreFailure) return this.failStore(error);
      const reason = error instanceof ProtocolError ? error.message : `${CloseCodes.BadRequest.reason}`;
      connection.close(CloseCodes.BadRequest.code, reason.slice(0, 120));
      this.leave(connection);
    }
  }

  private async handleSync(connection: Connection, decoder: decoding.Decoder): Promise<void> {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      // The reply carries the document: what it holds must be on disk first.
      await this.flush();
      connection.send(this.syncStep2For(connection, decoding.readVarUint8Array(decoder)));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new ProtocolError(`Unknown sync message ${syncType}`);
    }
    await this.receiveUpdate(connection, decoding.readVarUint8Array(decoder));
  }

  private async receiveUpdate(connection: Connection, update: Uint8Array): Promise<void> {
    // A client that has nothing the server lacks answers the handshake with an empty update: nothing to check.
    if (this.failed || isEmptyUpdate(update)) return;
    // Which clocks the update writes, read once: the waiting rule, the client-id binding and the Ack all need it.
    const meta = connection.identity.role === 'observer' ? null : updateMetaOf(update);
    if (meta && this.buildsOnMissing(meta.from)) return this.wait(connection, update);
    // An update that starts exactly where the document's clocks end is new as a whole: it is stored and sent as
    // it came. Otherwise (a resend after reconnecting, or deletions only) only what it changed is kept.
    const whole = meta !== null && meta.from.size > 0 && this.startsAtClocks(meta.from);
    const admission = this.admit(connection, update, meta);
    if (admission === 'ignore') return;
    if ('missing' in admission) return this.wait(connection, update);
    if ('code' in admission) {
      connection.close(admission.code, admission.reason);
      this.leave(connection);
      return;
    }
    this.apply(connection, update, meta, admission, whole && !admission.settings);
    if (connection.waiting.length > 0) {
      // What was waiting may now fit: try it again, as one update.
      const waiting = Y.mergeUpdates(connection.waiting.splice(0));
      connection.waitingBytes = 0;
      await this.receiveUpdate(connection, waiting);
    }
  }

  /** What the document has beyond `stateVector`, gzipped if the connection asked for it and it is large. */
  private syncStep2For(connection: Connection, stateVector: Uint8Array): Uint8Array {
    const doc = this.doc;
    if (!connection.compressedSync) return syncStep2Message(Y.encodeStateAsUpdate(doc, stateVector));
    // Every committed update moves lastSeq; nothing else changes the document.
    const whole = isEmptyStateVector(stateVector);
    if (whole && this.compressedWhole?.seq === this.lastSeq) return this.compressedWhole.message;
    const update = Y.encodeStateAsUpdate(doc, stateVector);
    if (update.byteLength < COMPRESS_SYNC_FROM_BYTES) return syncStep2Message(update);
    const message = compressedSyncStep2Message(update);
    if (whole) this.compressedWhole = { seq: this.lastSeq, message };
    return message;
  }

  /** Whether the update continues a client's clock past what the server has: it needs an earlier update first. */
  private buildsOnMissing(from: Map<number, number>): boolean {
    for (const [client, clock] of from) if (clock > this.clockOf(client)) return true;
    return false;
  }

  /** Whether every client's part of an update starts at the clock the document has reached for that client. */
  private startsAtClocks(from: Map<number, number>): boolean {
    for (const [client, clock] of from) if (clock !== this.clockOf(client)) return false;
    return true;
  }

  private wait(connection: Connection, update: Uint8Array): void {
    connection.waiting.push(update);
    connection.waitingBytes += update.byteLength;
    if (connection.waiting.length > MAX_WAITING_UPDATES || connection.waitingBytes > MAX_WAITING_BYTES) {
      connection.close(CloseCodes.BadRequest.code, 'Updates that depend on changes the server never received');
      this.leave(connection);
    }
  }

  /**
   * Why an update must not be applied, checked from the cheapest rule to the guard: an observer's edit, a
   * document at its size limit, another connection's client id, then the role rules of the guard. 'ignore' is
   * an observer's SyncStep2 that changes nothing. Admitted, it says which client ids the update writes under
   * for the first time, and whether it changes the document's settings.
   */
  private admit(
    connection: Connection,
    update: Uint8Array,
    meta: UpdateMeta | null,
  ): { code: number; reason: string } | 'ignore' | { missing: true } | Admission {
    if (connection.identity.role === 'observer') {
      return changesDocument(this.doc, update)
        ? { code: CloseCodes.Forbidden.code, reason: 'Observers can read but not edit' }
        : 'ignore';
    }
    const limit = this.options.maxDocumentBytes;
    if (limit !== undefined && this.storedBytes + update.byteLength > limit) {
      return {
        code: CloseCodes.DocumentTooLarge.code,
        reason: `${CloseCodes.DocumentTooLarge.reason} (${limit} bytes)`,
      };
    }
    if (!meta) throw new ProtocolError('Malformed document update');
    const newClients = this.claimClientIds(connection, meta.to);
    if (newClients === null) {
      return { code: CloseCodes.Forbidden.code, reason: 'Writes under a Yjs client id that belongs to someone else' };
    }
    const verdict = this.guard.check(update, connection.identity, { canDecide: this.canDecide(connection) });
    if (verdict.ok) {
      // Bound now, so that another update of the same batch cannot claim them too; stored with the batch.
      for (const client of newClients) this.clientOwners.set(client, connection.identity.key);
      return { newClients, settings: verdict.settings === true };
    }
    if (verdict.missing) return { missing: true };
    return { code: verdict.malformed ? CloseCodes.BadRequest.code : CloseCodes.Forbidden.code, reason: verdict.rule };
  }

  /**
   * Adds a client's admitted update to the batch, which is committed and broadcast at once or at the end of
   * this turn of the event loop (see `scheduleFlush`). An update new as a whole is applied to the room's
   * document later (see `unapplied`); any other is applied now, to learn what it changed. So is one that
   * changes the settings: the documents page lists them from the document.
   */
  private apply(
    origin: Connection,
    update: Uint8Array,
    meta: UpdateMeta | null,
    { newClients }: Admission,
    later: boolean,
  ): void {
    let change: Uint8Array | null = update;
    let malformed = false;
    if (later) this.unapplied.push(update);
    else ({ change, malformed } = this.applyNow(origin, update));
    const acknowledged = malformed || !origin.wantsAcks || !meta ? null : meta.to;
    if (change || acknowledged) {
      this.batch.push({ origin, change, newClients, ack: acknowledged });
      this.scheduleFlush();
    }
    if (malformed) throw new ProtocolError('Malformed document update');
  }

  /** Applies an update now and returns exactly what it changed (null if nothing), and whether it failed midway. */
  private applyNow(origin: Connection, update: Uint8Array): { change: Uint8Array | null; malformed: boolean } {
    const effective: Uint8Array[] = [];
    const capture = (change: Uint8Array, from: unknown) => {
      if (from === origin) effective.push(change);
    };
    const doc = this.current();
    if (!doc) return { change: null, malformed: false };
    doc.on('update', capture);
    let malformed = false;
    try {
      Y.applyUpdate(doc, update, origin);
    } catch {
      malformed = true;
    } finally {
      doc.off('update', capture);
    }
    const change =
      effective.length === 0 ? null : effective.length === 1 ? (effective[0] as Uint8Array) : Y.mergeUpdates(effective);
    return { change, malformed };
  }

  /**
   * An update that finds the room idle and quiet (see `quiet`), with no batch waiting, is flushed at once when
   * the store commits before it returns (`store.immediate`). Any other is flushed once this turn of the event
   * loop has read every socket that had data (`setImmediate` runs right after the poll phase): updates that
   * arrived together, from any connection, are committed in one write and sent in one frame per socket. A room
   * that fell behind (a fan-out to hundreds of sockets takes milliseconds) thus catches up with one broadcast
   * instead of one per update, and the update that waited pays for one fan-out, not two.
   */
  private scheduleFlush(): void {
    if (this.flushed) return;
    if (this.flushAtOnce && this.store.immediate) {
      this.flushAtOnce = false;
      this.flushNow();
      return;
    }
    this.flushed = new Promise((resolve) => {
      setImmediate(() => {
        void this.enqueue(() => this.flushOrFail()).then(resolve);
      });
    });
  }

  /**
   * Whether the room has been idle, since its last stretch of work (a message, a flush, a compaction), for
   * longer than that work took. If not, the update at hand probably has company: others that arrived while the
   * room was busy, waiting in other sockets to be read in this same turn. Then it is batched with them rather
   * than sent ahead of them, which would make them wait for one more broadcast.
   */
  private quiet(): boolean {
    return this.now() - this.lastBusyEnd > this.lastBusyTook;
  }

  private now(): number {
    return this.options.now ? this.options.now() : performance.now();
  }

  /** Flushes within this call: only with a store that commits before it returns. */
  private flushNow(): void {
    try {
      void this.flush();
    } catch (error) {
      this.flushFailed(error);
    }
  }

  private async flushOrFail(): Promise<void> {
    try {
      await this.flush();
    } catch (error) {
      this.flushFailed(error);
    }
  }

  private flushFailed(error: unknown): void {
    if (error instanceof StoreFailure) this.failStore(error);
    else this.options.log?.(`Could not broadcast in ${this.id}`, error);
  }

  /**
   * Commits the batch in one write, then sends it (`deliver`). Returns a promise only when the store commits
   * asynchronously; throws (or rejects with) a StoreFailure when it cannot commit, and whatever a send threw.
   */
  private flush(): Promise<void> | undefined {
    this.flushed = null;
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const changed = batch.filter((applied): applied is Applied & { change: Uint8Array } => applied.change !== null);
    if (changed.length === 0) {
      this.deliver(batch, changed, null);
      return;
    }
    const all = mergeChanges(changed);
    const immediate = this.store.immediate;
    if (!immediate) return this.commitLater(changed, all).then(() => this.deliver(batch, changed, all));
    this.commitNow(immediate, changed, all);
    this.deliver(batch, changed, all);
  }

  /** Commits a batch with a store that commits before it returns: `commitLater` without the promise. */
  private commitNow(immediate: ImmediateCommits, changed: ReadonlyArray<Applied>, all: Uint8Array): void {
    try {
      this.lastSeq = immediate.appendUpdate(this.id, all);
      for (const [client, owner] of newBindings(changed)) immediate.bindClient(this.id, client, owner);
    } catch (error) {
      throw new StoreFailure(error);
    }
    this.storedBytes += all.byteLength;
  }

  private async commitLater(changed: ReadonlyArray<Applied>, all: Uint8Array): Promise<void> {
    try {
      this.lastSeq = await this.store.appendUpdate(this.id, all);
      for (const [client, owner] of newBindings(changed)) await this.store.bindClient(this.id, client, owner);
    } catch (error) {
      throw new StoreFailure(error);
    }
    this.storedBytes += all.byteLength;
  }

  /**
   * Sends a committed batch: to everyone who wrote none of it, the whole batch as one update (`all`); to each
   * writer, the others' part (nobody gets their own update back); then the Acks.
   */
  private deliver(
    batch: readonly Applied[],
    changed: ReadonlyArray<Applied & { change: Uint8Array }>,
    all: Uint8Array | null,
  ): void {
    if (all) {
      const writers = new Set(changed.map((applied) => applied.origin));
      this.broadcast(updateMessage(all), writers);
      if (changed.length > 1) {
        for (const writer of writers) {
          const others = changed.filter((applied) => applied.origin !== writer);
          if (others.length > 0) writer.send(updateMessage(mergeChanges(others)));
        }
      }
      this.appendedSinceCompaction++;
      if (this.appendedSinceCompaction >= this.options.compactEvery) this.scheduleCompaction();
    }
    for (const applied of batch) {
      const ack = applied.ack && ackMessage(applied.ack);
      if (ack) applied.origin.send(ack);
    }
    if (this.unapplied.length >= CATCH_UP_AFTER) this.catchUp();
  }

  /**
   * Applies to the room's document the admitted updates it lags behind by (see `unapplied`), in one
   * transaction. The guard's shadow took the same updates, so this cannot fail; if it ever did, the copy in
   * memory would no longer be what is on disk, and the room closes so that the document is loaded again.
   */
  private catchUp(): void {
    if (this.unapplied.length === 0) return;
    const unapplied = this.unapplied;
    this.unapplied = [];
    try {
      this.ydoc.transact(() => {
        for (const update of unapplied) Y.applyUpdate(this.ydoc, update);
      });
      if (this.ydoc.store.pendingStructs || this.ydoc.store.pendingDs) throw new Error('an update is incomplete');
    } catch (error) {
      this.failStore(new StoreFailure(error));
    }
  }

  /** The chair decides; the secretariat too when the chair has allowed it in `meta`. */
  private canDecide(connection: Connection): boolean {
    const role = connection.identity.role;
    return role === 'chair' || (role === 'secretariat' && this.setting('secretariatDecides') === 'true');
  }

  /**
   * Yjs client ids are bound to the invite that first wrote under them. Otherwise a client could write items
   * under another's id and clocks, so that its victim's real edits are later dropped as duplicates. Returns
   * the ids this update writes under for the first time, or null if it writes under someone else's.
   */
  private claimClientIds(origin: Connection, written: Map<number, number>): number[] | null {
    const fresh: number[] = [];
    for (const [client, clock] of written) {
      // Items the server already has are ignored by Yjs: resending them is harmless.
      if (clock <= this.clockOf(client)) continue;
      const owner = this.clientOwners.get(client);
      if (owner === undefined) fresh.push(client);
      else if (owner !== origin.identity.key) return null;
    }
    return fresh;
  }

  private handleAwareness(connection: Connection, update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update)
      // A connection speaks only for the awareness clients it introduced, never for another connection's.
      .filter(
        (entry) => connection.awarenessClients.has(entry.clientID) || !this.ownedByOther(entry.clientID, connection),
      )
      .map((entry) => stampIdentity(entry, connection.identity));
    for (const entry of entries) {
      if (entry.state === null) connection.awarenessClients.delete(entry.clientID);
      else connection.awarenessClients.add(entry.clientID);
    }
    if (entries.length > 0)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), connection);
  }

  private ownedByOther(clientID: number, connection: Connection): boolean {
    for (const other of this.connections) if (other !== connection && other.awarenessClients.has(clientID)) return true;
    return false;
  }

  private broadcastAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    this.broadcast(
      awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
      new Set([origin]),
    );
  };

  /** The documents page lists title and status from the store: keep them in step with `meta`. */
  private syncListing = () => {
    const meta = this.ydoc.getMap<unknown>(Y_META);
    const fields: Record<string, string> = {};
    for (const key of META_KEYS) {
      const value = meta.get(key);
      if (typeof value === 'string') fields[key] = value;
    }
    void this.enqueue(async () => {
      try {
        await this.store.updateDocument(this.id, fields);
      } catch (error) {
        this.options.log?.(`Could not update the listing of ${this.id}`, error);
      }
    });
  };

  /** Sends one encoded message to every connection but those it came from. */
  private broadcast(message: Uint8Array, except: ReadonlySet<unknown>): void {
    let frame: Buffer | undefined;
    for (const connection of this.connections) {
      if (except.has(connection)) continue;
      if (connection.takesFrames) {
        frame ??= preframe(message);
        connection.sendPreframed(frame, message);
      } else connection.send(message);
    }
  }

  private scheduleCompaction(): void {
    if (this.compacting) return;
    this.compacting = true;
    setImmediate(() => {
      void this.enqueue(() =>
        this.compact().finally(() => {
          this.compacting = false;
        }),
      );
    });
  }

  /** Folds the update log into one snapshot. Everything in memory is already on disk, so this loses nothing. */
  async compact(): Promise<void> {
    if (this.failed) return;
    await this.flushOrFail();
    if (this.failed || this.appendedSinceCompaction === 0) return;
    const upTo = this.lastSeq;
    const count = this.appendedSinceCompaction;
    try {
      const doc = this.current();
      if (!doc) return;
      const snapshot = Y.encodeStateAsUpdate(doc);
      await this.store.compact(this.id, snapshot, upTo);
      this.appendedSinceCompaction -= count;
      this.storedBytes = snapshot.byteLength;
    } catch (error) {
      this.options.log?.(`Compaction of ${this.id} failed; the update log is kept`, error);
    }
  }

  /**
   * The store refused a write: what is in memory is no longer what is on disk. Close everyone (clients keep
   * their edits and resend them on reconnect) and drop this copy, so the document reloads from disk.
   */
  private failStore(failure: StoreFailure): void {
    this.options.log?.(
      `The copy of ${this.id} in memory is no longer what is on disk; closing the room`,
      failure.cause,
    );
    this.failed = true;
    for (const connection of [...this.connections]) {
      connection.close(CloseCodes.ServerShutdown.code, 'Could not save; reconnecting');
    }
    this.connections.clear();
    this.options.onEmpty?.(this);
  }

  get isFailed(): boolean {
    return this.failed;
  }

  /** Waits for queued messages, compacts, and frees the document. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await this.compact();
    this.awareness.off('update', this.broadcastAwareness);
    this.ydoc.getMap(Y_META).unobserve(this.syncListing);
    this.awareness.destroy();
    this.checker?.destroy();
    this.ydoc.destroy();
  }
}

const noop = () => {};

/** The client ids a batch writes under for the first time, each with the invite it is bound to. */
function newBindings(changed: readonly Applied[]): Array<[client: number, owner: string]> {
  return changed.flatMap((applied) =>
    applied.newClients.map((client): [number, string] => [client, applied.origin.identity.key]),
  );
}

/** The state vector of an empty document: a client that has nothing yet. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

/** No structs and no deletions: the whole of a Yjs update (v1) that changes nothing. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/** One update for a batch's changes: the change itself when there is only one. */
function mergeChanges(changed: ReadonlyArray<{ change: Uint8Array }>): Uint8Array {
  return changed.length === 1
    ? (changed[0] as { change: Uint8Array }).change
    : Y.mergeUpdates(changed.map((a) => a.change));
}

/** An update the guard let through: the client ids it claims, and whether it changes the settings. */
interface Admission {
  newClients: number[];
  settings: boolean;
}

class StoreFailure extends Error {
  constructor(cause: unknown) {
    super('store failure', { cause });
  }
}
