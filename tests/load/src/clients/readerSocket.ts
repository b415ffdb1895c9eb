import WebSocket from 'ws';
import type { ReaderClient } from './readerMessages.ts';
import { WireSocket, type WireSocketEvents } from './wireSocket.ts';

/** What a reader needs of its socket, whichever client implements it. */
export interface ReaderSocket {
  send(data: Uint8Array): void;
  close(): void;
  terminate(): void;
}

/**
 * Opens a reader's socket. `bare` is the default: with `ws`, one process of 1,000 readers spends about 10 µs of
 * JavaScript per message and becomes the bottleneck, so that all servers measure alike. `ws` reproduces the
 * figures measured before the bare client existed.
 */
export function openReaderSocket(client: ReaderClient, url: string, events: WireSocketEvents): ReaderSocket {
  if (client === 'bare') return new WireSocket(url, events);
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.on('open', () => events.open());
  socket.on('message', (data: Buffer) => events.message(data));
  socket.on('error', (error) => events.error(error));
  socket.on('close', (code, reason) => events.close(code, reason.toString()));
  return {
    send: (data) => socket.send(data),
    close: () => socket.close(),
    terminate: () => socket.terminate(),
  };
}
