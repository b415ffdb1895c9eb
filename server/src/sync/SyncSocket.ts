/** The little a room needs of a WebSocket; tests can pair two of these without a network. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}
