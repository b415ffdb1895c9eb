import type { Role } from '@draftroom/protocol';
import type { SyncSocket } from './SyncSocket.ts';

/** Who is on the other end of one socket, as the token says; never what the client says of itself. */
export interface ConnectionIdentity {
  /** Stable across reconnects of the same invite: Yjs client ids are bound to it. */
  key: string;
  role: Role;
  party: string | null;
  name: string;
}

let nextConnectionId = 1;

/** One client's connection to one room. */
export class Connection {
  readonly id = nextConnectionId++;
  /** Awareness client ids this connection introduced; removed from the room when it leaves. */
  readonly awarenessClients = new Set<number>();
  closed = false;
  /** Asked for Ack messages (MessageType.RequestAcks): the editor shows "Saved" from them. */
  wantsAcks = false;
  /** Connected with `?sync=gzip`: a large SyncStep2 goes as a CompressedSyncStep2. */
  compressedSync = false;
  /**
   * Updates that build on changes this client has not sent yet: after a reconnect, an edit typed before the
   * client's SyncStep2 arrives overtakes it. They wait for the SyncStep2 instead of being refused.
   */
  readonly waiting: Uint8Array[] = [];
  waitingBytes = 0;

  constructor(
    readonly socket: SyncSocket,
    readonly identity: ConnectionIdentity,
  ) {}

  send(data: Uint8Array): void {
    if (!this.closed) this.socket.send(data);
  }

  /** Whether broadcasts to this connection can use a pre-built frame. */
  get takesFrames(): boolean {
    return this.socket.writeFrame !== undefined;
  }

  /** Sends `data` as `frame`, built by `preframe(data)`, where the socket takes frames. */
  sendPreframed(frame: Buffer, data: Uint8Array): void {
    if (this.closed) return;
    if (!this.socket.writeFrame?.(frame)) this.socket.send(data);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, fitCloseReason(reason));
  }
}

/** A WebSocket close reason may hold 123 bytes of UTF-8; cut longer ones at a character boundary. */
export function fitCloseReason(reason: string, maxBytes = 123): string {
  const encoder = new TextEncoder();
  if (encoder.encode(reason).length <= maxBytes) return reason;
  let cut = reason;
  while (encoder.encode(`${cut}…`).length > maxBytes) cut = cut.slice(0, -1);
  return `${cut}…`;
}
