import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { firstDecisionText } from '../../../support/demoDocument.ts';
import { markerText, nowUs, scanMarkers } from '../marker.ts';
import { type Framing, MSG_SYNC, MSG_SYNC_REPLY, SYNC_STEP1, SYNC_UPDATE } from '../protocol/dialect.ts';

const REMOTE = Symbol('remote');

/**
 * A full client: a Y.Doc kept in sync with the server, like an editor's. It types like a person, at a cursor of
 * its own in the first decision's first paragraph: each update inserts a marker where its previous one ended, so
 * Yjs merges a writer's run of text into few items, as it does for real typing. It measures the markers of the
 * other writers it receives.
 */
export class Writer {
  readonly doc = new Y.Doc();
  private socket: WebSocket | null = null;
  private closing = false;
  private paragraph: Y.XmlText | null = null;
  /** Where the next insertion goes: after this writer's own last character, wherever others have typed. */
  private cursor: Y.RelativePosition | null = null;
  synced = false;
  lost: string | null = null;

  constructor(
    /** Unique among all writers of the run; written into each marker. */
    readonly index: number,
    private readonly url: string,
    private readonly framing: Framing,
    /** A marker of another writer's update, sent `offsetUs` after the run's origin, arrived at `receivedUs`. */
    private readonly onMarker: (offsetUs: number, receivedUs: number) => void,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MSG_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.socket?.send(this.framing.frame(encoding.toUint8Array(encoder)));
    });
  }

  /** Opens the socket and resolves once the document has arrived from the server (its SyncStep2). */
  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url, { perMessageDeflate: false });
      this.socket = socket;
      const timer = setTimeout(() => fail(new Error(`writer did not sync within ${timeoutMs} ms`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.terminate();
        reject(error);
      };
      socket.on('open', () => {
        for (const message of this.framing.opening()) socket.send(message);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MSG_SYNC);
        syncProtocol.writeSyncStep1(encoder, this.doc);
        socket.send(this.framing.frame(encoding.toUint8Array(encoder)));
      });
      socket.on('message', (data: Buffer) => {
        if (this.handle(data) && !this.synced) {
          this.synced = true;
          clearTimeout(timer);
          resolve();
        }
      });
      socket.on('error', (error) => fail(error));
      socket.on('close', (code, reason) => {
        if (!this.synced) fail(new Error(`writer closed before sync: ${code} ${reason.toString()}`));
        else if (!this.closing) this.lost = `${code} ${reason.toString()}`;
      });
    });
  }

  /** Handles one message; true if it was the server's SyncStep2. */
  private handle(data: Buffer): boolean {
    const decoder = decoding.createDecoder(data.subarray(this.framing.bodyOffset));
    const type = decoding.readVarUint(decoder);
    if (type !== MSG_SYNC && type !== MSG_SYNC_REPLY) return false;
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MSG_SYNC);
      syncProtocol.writeSyncStep2(encoder, this.doc, decoding.readVarUint8Array(decoder));
      this.socket?.send(this.framing.frame(encoding.toUint8Array(encoder)));
      return false;
    }
    const update = decoding.readVarUint8Array(decoder);
    if (step === SYNC_UPDATE) {
      const receivedUs = nowUs();
      scanMarkers(Buffer.from(update.buffer, update.byteOffset, update.byteLength), 0, (writer, offsetUs) => {
        if (writer !== this.index) this.onMarker(offsetUs, receivedUs);
      });
    }
    Y.applyUpdate(this.doc, update, REMOTE);
    return step !== SYNC_UPDATE;
  }

  /** The first writer of a peer's empty document gives it the seed content; the server hears it as an update. */
  seed(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update);
  }

  /**
   * Waits until the document has its first decision (a peer's seed may still be on its way), and puts the cursor
   * at `share` (0..1) of its first paragraph, so that writers type in different places.
   */
  async waitForContent(timeoutMs: number, share: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const paragraph = firstDecisionText(this.doc);
        this.paragraph = paragraph;
        this.cursor = Y.createRelativePositionFromTypeIndex(paragraph, Math.floor(paragraph.length * share));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`writer ${this.index} never got the document: ${error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Types one update at the cursor: a marker carrying this writer and the time of sending. */
  type(originUs: number): number {
    const paragraph = this.paragraph;
    if (!paragraph || !this.cursor) throw new Error('waitForContent() first');
    const index = Y.createAbsolutePositionFromRelativePosition(this.cursor, this.doc)?.index ?? 0;
    const sentUs = nowUs();
    const text = markerText(this.index, sentUs - originUs);
    paragraph.insert(index, text);
    // Stick to the left: to this writer's own last character.
    this.cursor = Y.createRelativePositionFromTypeIndex(paragraph, index + text.length, -1);
    return sentUs;
  }

  close(): void {
    this.closing = true;
    this.socket?.close();
    this.doc.destroy();
  }
}
