/** The little a room needs of a WebSocket; tests can pair two of these without a network. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  /** Sends a frame already built by `preframe(data)`; sockets that cannot take it send `data` instead. */
  sendPreframed?(frame: Buffer, data: Uint8Array): void;
  close(code: number, reason: string): void;
}
