/**
 * First varint of every WebSocket message, as in the y-websocket protocol. 0–3 are the standard ones;
 * Draftroom's own start at 100, and the server sends them only to clients that asked, so stock
 * y-websocket clients never see them.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /** Client → server, no body: "tell me when my updates are on disk". */
  RequestAcks: 100,
  /**
   * Server → client, after the commit: varuint n, then n pairs (clientID, clock). Every update of that
   * client below that clock is stored. An editor is "Saved" when the clock of its own clientID is covered.
   */
  Ack: 101,
} as const;
