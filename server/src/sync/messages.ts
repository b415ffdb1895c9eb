import { gzipSync } from 'node:zlib';
import { MessageType } from '@draftroom/protocol';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** Encoders for the messages a room sends; each result can go to many sockets unchanged. */

/** A message of `type` whose body `writeBody` writes. */
function message(type: number, writeBody: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  writeBody(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return message(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
}

/** A SyncStep2 carrying `update`: what the document has beyond the state vector its reader sent. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  return message(MessageType.Sync, (encoder) => {
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/**
 * The same update gzipped, for a client that asked for it (docs/protocol.md, Compressed first load). Level 1: a
 * megabyte in about 4 ms, to 22 % of its size; the default level saves 3 % more for 10 ms, longer than those bytes
 * take on a LAN.
 */
export function compressedSyncStep2Message(update: Uint8Array): Uint8Array {
  return message(MessageType.CompressedSyncStep2, (encoder) =>
    encoding.writeVarUint8Array(encoder, gzipSync(update, { level: 1 })),
  );
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return message(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  return message(MessageType.Awareness, (encoder) => encoding.writeVarUint8Array(encoder, update));
}

export function awarenessStatesMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}
