import type * as Y from 'yjs';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import { loadDocument } from './loadDocument.ts';
import { Room } from './Room.ts';

export interface RoomManagerOptions {
  /** Unload a room this long after its last connection leaves. */
  idleUnloadMs: number;
  compactEvery: number;
  maxDocumentBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

/** Loads documents on first connection, shares one Room per document, and unloads rooms left idle. */
export class RoomManager {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly loaded = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: DocumentStore,
    private readonly options: RoomManagerOptions,
  ) {}

  /** The room of a document, loading it if needed. A failed load is not cached: the next call tries again. */
  get(documentId: string): Promise<Room> {
    this.cancelIdle(documentId);
    let room = this.rooms.get(documentId);
    if (!room) {
      room = Room.load(documentId, this.store, {
        compactEvery: this.options.compactEvery,
        ...(this.options.maxDocumentBytes !== undefined ? { maxDocumentBytes: this.options.maxDocumentBytes } : {}),
        onEmpty: (r) => this.onEmpty(r),
        ...(this.options.log ? { log: this.options.log } : {}),
      });
      this.rooms.set(documentId, room);
      room.then(
        (r) => this.loaded.set(documentId, r),
        () => {
          if (this.rooms.get(documentId) === room) this.rooms.delete(documentId);
        },
      );
    }
    return room;
  }

  /** The room if it is loaded right now; never loads. */
  async peek(documentId: string): Promise<Room | undefined> {
    const room = this.rooms.get(documentId);
    return room ? room.catch(() => undefined) : undefined;
  }

  /**
   * Runs `read` on the document's current state: the live room's Y.Doc if it is loaded (it has every update),
   * otherwise a copy loaded from the store for the occasion. `read` must not change the document.
   */
  async read<T>(documentId: string, read: (doc: Y.Doc) => Promise<T> | T): Promise<T> {
    const room = this.loaded.get(documentId);
    if (room && !room.isFailed) return read(room.doc);
    const { doc } = await loadDocument(this.store, documentId);
    try {
      return await read(doc);
    } finally {
      doc.destroy();
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  private onEmpty(room: Room): void {
    if (room.isFailed) {
      void this.unload(room);
      return;
    }
    this.cancelIdle(room.id);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.id);
      if (room.connections.size === 0) void this.unload(room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room.id, timer);
  }

  private cancelIdle(documentId: string): void {
    const timer = this.idleTimers.get(documentId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(documentId);
  }

  /** Forgets the room synchronously, so that a connection arriving now loads a fresh copy. */
  private async unload(room: Room): Promise<void> {
    if (this.loaded.get(room.id) === room) {
      this.loaded.delete(room.id);
      this.rooms.delete(room.id);
    }
    await room.close();
  }

  /** Unloads every room, compacting each; used at shutdown. */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = await Promise.all([...this.rooms.values()].map((r) => r.catch(() => undefined)));
    this.rooms.clear();
    this.loaded.clear();
    await Promise.all(rooms.map((room) => room?.close()));
  }
}
