import { gzipSync } from 'node:zlib';
import { COMPRESSED_SYNC_PARAM, MessageType } from '@draftroom/protocol';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { acceptCompressedSync } from './compressedSync.ts';

type Handler = (encoder: encoding.Encoder, decoder: decoding.Decoder) => void;

/** The parts of a WebsocketProvider the handler uses: its document, params, socket, handlers and `synced`. */
function fakeProvider() {
  const socket = { close: vi.fn() };
  const provider = {
    doc: new Y.Doc(),
    params: { token: 't' } as Record<string, string>,
    ws: socket as { close: () => void } | null,
    messageHandlers: [] as Handler[],
    synced: false,
  };
  return { provider, socket, asProvider: provider as unknown as WebsocketProvider };
}

function receive(provider: ReturnType<typeof fakeProvider>['provider'], body: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.CompressedSyncStep2);
  encoding.writeVarUint8Array(encoder, body);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  const handler = provider.messageHandlers[decoding.readVarUint(decoder)];
  handler?.(encoding.createEncoder(), decoder);
}

function documentWithText(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('acceptCompressedSync', () => {
  it('asks for the gzipped first load, applies it and marks the provider synced', async () => {
    const { provider, asProvider } = fakeProvider();
    acceptCompressedSync(asProvider);
    expect(provider.params[COMPRESSED_SYNC_PARAM]).toBe('gzip');
    receive(provider, gzipSync(documentWithText('The text of the compilation')));
    await vi.waitFor(() => expect(provider.synced).toBe(true));
    expect(provider.doc.getText('t').toString()).toBe('The text of the compilation');
  });

  it('applies a load that arrives after its socket closed, but leaves syncing to the next socket', async () => {
    const { provider, asProvider } = fakeProvider();
    acceptCompressedSync(asProvider);
    receive(provider, gzipSync(documentWithText('Late')));
    provider.ws = { close: vi.fn() };
    await vi.waitFor(() => expect(provider.doc.getText('t').toString()).toBe('Late'));
    expect(provider.synced).toBe(false);
  });

  it('reconnects without asking again when the bytes do not gunzip', async () => {
    const { provider, socket, asProvider } = fakeProvider();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    acceptCompressedSync(asProvider);
    receive(provider, Uint8Array.of(1, 2, 3, 4, 5));
    await vi.waitFor(() => expect(socket.close).toHaveBeenCalled());
    expect(provider.params[COMPRESSED_SYNC_PARAM]).toBeUndefined();
    expect(provider.params.token).toBe('t');
    expect(provider.synced).toBe(false);
    logged.mockRestore();
  });
});
