import * as encoding from 'lib0/encoding';

/**
 * The two framings of the y-websocket protocol the servers speak. Draftroom and the reference y-websocket server
 * take bare messages (`varUint type, …`) on a socket per document. Hocuspocus 3 multiplexes: every message
 * starts with the document name as a varString, and nothing is handled before an Auth message.
 */
export type DialectName = 'y-websocket' | 'hocuspocus';

/** Message types both framings share, and Hocuspocus' SyncReply (a Sync that asks for no SyncStep1 back). */
export const MSG_SYNC = 0;
export const MSG_AUTH = 2;
export const MSG_SYNC_REPLY = 4;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export interface Framing {
  /** Wraps one message body for the wire. */
  frame(body: Uint8Array): Uint8Array;
  /** Where the body starts in a received message. */
  readonly bodyOffset: number;
  /** What to send right after the socket opens, before the sync handshake. */
  opening(): Uint8Array[];
}

function encode(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function framingFor(dialect: DialectName, documentName: string, token: string): Framing {
  if (dialect === 'y-websocket') return { frame: (body) => body, bodyOffset: 0, opening: () => [] };
  const prefix = encode((e) => encoding.writeVarString(e, documentName));
  const frame = (body: Uint8Array) => {
    const out = new Uint8Array(prefix.length + body.length);
    out.set(prefix, 0);
    out.set(body, prefix.length);
    return out;
  };
  // Auth, token sub-type (0), the token: Hocuspocus without extensions accepts any.
  const auth = encode((e) => {
    encoding.writeVarUint(e, MSG_AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
  return { frame, bodyOffset: prefix.length, opening: () => [frame(auth)] };
}

/** SyncStep1 with an empty state vector: "send me everything". */
export const EMPTY_SYNC_STEP1 = new Uint8Array([MSG_SYNC, SYNC_STEP1, 1, 0]);
/** SyncStep2 with an empty update (no structs, no deletions): "I have nothing you lack". */
export const EMPTY_SYNC_STEP2 = new Uint8Array([MSG_SYNC, SYNC_STEP2, 2, 0, 0]);
