/**
 * WebSocket close codes Draftroom uses, shared by server and client so that the editor can tell the user
 * plainly why it was disconnected. 4xxx mirrors HTTP where a status fits.
 */
export const CloseCodes = {
  BadRequest: { code: 4400, reason: 'Malformed message' },
  Unauthorized: { code: 4401, reason: 'Missing, invalid or expired token' },
  Forbidden: { code: 4403, reason: 'This change is not allowed for your role' },
  NotFound: { code: 4404, reason: 'Unknown document' },
  MessageTooLarge: { code: 4413, reason: 'Message too large' },
  DocumentTooLarge: { code: 4414, reason: 'The document has reached its maximum size' },
  TooManyMessages: { code: 4429, reason: 'Too many messages: slow down' },
  SchemaMismatch: { code: 4426, reason: 'Editor version does not match the server: reload the page' },
  LoadFailed: { code: 4500, reason: 'Document could not be loaded; nothing was changed' },
  ServerShutdown: { code: 4503, reason: 'Server is restarting' },
} as const;

export type CloseEvent = (typeof CloseCodes)[keyof typeof CloseCodes];

/** Close codes after which reconnecting cannot help: the client should stop and tell the user. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCodes.Unauthorized.code,
  CloseCodes.NotFound.code,
  CloseCodes.SchemaMismatch.code,
]);
