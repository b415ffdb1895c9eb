import { MessageType } from '@draftroom/protocol';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** The Ack for a client's update: for each client id the update wrote, the clock now stored. */
export function ackMessage(update: Uint8Array): Uint8Array | null {
  const { to } = Y.parseUpdateMeta(update);
  if (to.size === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Ack);
  encoding.writeVarUint(encoder, to.size);
  for (const [client, clock] of to) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
