/**
 * First varint of every WebSocket message, as in the y-websocket protocol. 0 and 1 are the standard
 * ones; Draftroom's own start at 100 so that stock clients never see them unless they ask.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;
