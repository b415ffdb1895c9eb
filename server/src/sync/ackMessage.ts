import { MessageType } from '@draftroom/protocol';
import * as encoding from 'lib0/encoding';

/** The Ack for a client's update, from the clocks it wrote up to (`Y.parseUpdateMeta(update).to`). */
export function ackMessage(to: Map<number, number>): Uint8Array | null {
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
