import { nowUs, scanMarkers } from '../marker.ts';
import {
  EMPTY_SYNC_STEP1,
  EMPTY_SYNC_STEP2,
  type Framing,
  MSG_SYNC,
  MSG_SYNC_REPLY,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from '../protocol/dialect.ts';
import type { ReaderClient } from './readerMessages.ts';
import { openReaderSocket, type ReaderSocket } from './readerSocket.ts';

/**
 * A lightweight client: a socket (bare by default, see readerSocket.ts) and no Y.Doc. It completes the sync
 * handshake (asks for the document with an empty state vector, answers the server's SyncStep1 with an empty
 * SyncStep2), ignores awareness, and finds benchmark markers in the bytes of each update it receives, so that one
 * process can host hundreds of them.
 */
export class Reader {
  private socket: ReaderSocket | null = null;
  private closing = false;
  synced = false;
  /** Why the server closed this reader after it had synced, if it did. */
  lost: string | null = null;

  constructor(
    private readonly url: string,
    private readonly client: ReaderClient,
    private readonly framing: Framing,
    /** A marker of an update sent `offsetUs` after the run's origin arrived at `receivedUs`. */
    private readonly onMarker: (offsetUs: number, receivedUs: number) => void,
  ) {}

  /** Opens the socket and resolves once the server's SyncStep2 (the whole document) has arrived. */
  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.terminate();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error(`reader did not sync within ${timeoutMs} ms`)), timeoutMs);
      const socket = openReaderSocket(this.client, this.url, {
        open: () => {
          for (const message of this.framing.opening()) socket.send(message);
          socket.send(this.framing.frame(EMPTY_SYNC_STEP1));
        },
        message: (data) => {
          if (this.handle(data) && !this.synced) {
            this.synced = true;
            clearTimeout(timer);
            resolve();
          }
        },
        error: (error) => fail(error),
        close: (code, reason) => {
          if (!this.synced) fail(new Error(`reader closed before sync: ${code} ${reason}`));
          else if (!this.closing) this.lost = `${code} ${reason}`;
        },
      });
      this.socket = socket;
    });
  }

  /** Handles one message; true if it was the server's SyncStep2. */
  private handle(data: Buffer): boolean {
    const at = this.framing.bodyOffset;
    const type = data[at];
    if (type !== MSG_SYNC && type !== MSG_SYNC_REPLY) return false; // awareness, acks, auth: not our business
    const step = data[at + 1];
    if (step === SYNC_UPDATE) {
      const receivedUs = nowUs();
      scanMarkers(data, at + 2, (_writer, offsetUs) => this.onMarker(offsetUs, receivedUs));
      return false;
    }
    if (step === SYNC_STEP1) this.socket?.send(this.framing.frame(EMPTY_SYNC_STEP2));
    return step === SYNC_STEP2;
  }

  close(): void {
    this.closing = true;
    this.socket?.close();
  }
}
