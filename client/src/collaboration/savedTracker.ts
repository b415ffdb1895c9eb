import { MessageType } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface SavedTracker {
  /** Whether every change made in this editor is on the server's disk. */
  isSaved(): boolean;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * "Saved" as the protocol defines it (docs/protocol.md, Acknowledgements): the client asks for Acks after every
 * connect, the server acknowledges each update once it is committed, and the editor is saved when the acked
 * clock of its own client id has reached its own clock. Attached before the provider first connects, so the
 * request goes out on the very first connection too.
 */
export function trackSaved(provider: WebsocketProvider): SavedTracker {
  const doc = provider.doc;
  const listeners = new Set<() => void>();
  let acked = 0;
  let saved = true;

  const publish = () => {
    const now = acked >= Y.getState(doc.store, doc.clientID);
    if (now === saved) return;
    saved = now;
    for (const listener of listeners) listener();
  };

  provider.messageHandlers[MessageType.Ack] = (_encoder: unknown, decoder: decoding.Decoder) => {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      if (client === doc.clientID) acked = Math.max(acked, clock);
    }
    publish();
  };

  const requestAcks = ({ status }: { status: string }) => {
    if (status === 'connected' && provider.ws?.readyState === WebSocket.OPEN) {
      provider.ws.send(Uint8Array.of(MessageType.RequestAcks));
    }
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider) publish();
  };
  provider.on('status', requestAcks);
  doc.on('update', onUpdate);

  return {
    isSaved: () => saved,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy() {
      provider.off('status', requestAcks);
      doc.off('update', onUpdate);
      listeners.clear();
    },
  };
}
