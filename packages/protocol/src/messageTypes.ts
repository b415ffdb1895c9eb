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
  /**
   * Server → client, in place of a large SyncStep2, to clients that connected with `?sync=gzip`
   * (COMPRESSED_SYNC_PARAM): a varUint8Array holding the gzip of the SyncStep2's update. A compilation text's
   * first load is about 1 MB of Yjs state, a fifth of that gzipped: most of the time to open it over a venue's
   * network.
   */
  CompressedSyncStep2: 102,
} as const;

/** The query parameter, and its value, with which a client asks for CompressedSyncStep2. */
export const COMPRESSED_SYNC_PARAM = 'sync';
export const COMPRESSED_SYNC_GZIP = 'gzip';
