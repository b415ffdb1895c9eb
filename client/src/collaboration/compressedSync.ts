import { COMPRESSED_SYNC_GZIP, COMPRESSED_SYNC_PARAM, MessageType } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

async function gunzip(compressed: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Asks the server for the document's first load gzipped (docs/protocol.md, Compressed first load) and reads it:
 * a compilation text is about 1 MB of Yjs state, a fifth of that gzipped, and over a venue's network those bytes
 * are most of the wait. The browser gunzips off the main thread; updates that arrive meanwhile wait in Yjs for
 * the state they build on. Call before the provider first connects. A browser without DecompressionStream gets
 * the plain SyncStep2, as does a page whose gunzip failed (it reconnects without asking).
 */
export function acceptCompressedSync(provider: WebsocketProvider): void {
  if (typeof DecompressionStream === 'undefined') return;
  provider.params[COMPRESSED_SYNC_PARAM] = COMPRESSED_SYNC_GZIP;
  provider.messageHandlers[MessageType.CompressedSyncStep2] = (_encoder: unknown, decoder: decoding.Decoder) => {
    const compressed = decoding.readVarUint8Array(decoder) as Uint8Array<ArrayBuffer>;
    const socket = provider.ws;
    gunzip(compressed)
      .then(
        (update) => {
          Y.applyUpdate(provider.doc, update, provider);
          // As y-websocket does for a SyncStep2: synced, unless this socket closed meanwhile (the next one syncs).
          if (provider.ws === socket && !provider.synced) provider.synced = true;
        },
        (error: unknown) => {
          console.error('Could not read the compressed document; loading it uncompressed', error);
          delete provider.params[COMPRESSED_SYNC_PARAM];
          if (provider.ws === socket) socket?.close();
        },
      )
      // As y-websocket does when a SyncStep2 does not apply: say so; the connection carries on.
      .catch((error: unknown) => console.error('Could not apply the document the server sent', error));
  };
}
