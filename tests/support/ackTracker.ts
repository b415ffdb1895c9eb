import { MessageType } from '@draftroom/protocol';
import type * as decoding from 'lib0/decoding';
import * as dec from 'lib0/decoding';
import type { YClient } from './yClient.ts';

/**
 * Asks the server for Acks on every (re)connection and records, per Yjs client id, the highest clock the server
 * has said is on disk. The Ack is read by a handler of the provider's own, as the editor does.
 */
export function trackAcks(client: YClient): Map<number, number> {
  const acked = new Map<number, number>();
  const { provider } = client;
  provider.messageHandlers[MessageType.Ack] = (_encoder: unknown, decoder: decoding.Decoder) => {
    for (let n = dec.readVarUint(decoder); n > 0; n--) {
      const id = dec.readVarUint(decoder);
      const clock = dec.readVarUint(decoder);
      acked.set(id, Math.max(acked.get(id) ?? 0, clock));
    }
  };
  const requestAcks = () => provider.ws?.send(Uint8Array.from([MessageType.RequestAcks]));
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected') requestAcks();
  });
  if (provider.wsconnected) requestAcks();
  return acked;
}
