import type { FrameWriter } from './preframe.ts';

/** The little a room needs of a WebSocket; tests can pair two of these without a network. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  /** Writes a frame built by `preframe`; false when it could not (the connection is closing): `send` then. */
  writeFrame?: FrameWriter;
  close(code: number, reason: string): void;
}
