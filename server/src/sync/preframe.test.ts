import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { preframe, preframedWriter } from './preframe.ts';

const servers: WebSocketServer[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A connected pair: the server's side of the socket and the client. */
async function connect(options: { compress: boolean }): Promise<{ socket: WebSocket; client: WebSocket }> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: options.compress });
  servers.push(server);
  await once(server, 'listening');
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`, {
    perMessageDeflate: options.compress,
  });
  const [socket] = (await once(server, 'connection')) as [WebSocket];
  await once(client, 'open');
  return { socket, client };
}

describe('preframe', () => {
  it('writes frames that a WebSocket client reads as the original binary messages, small and large', async () => {
    const { socket, client } = await connect({ compress: false });
    const write = preframedWriter(socket);
    expect(write).not.toBeNull();
    const messages = [Uint8Array.from([0, 2, 1]), new Uint8Array(300).fill(7), new Uint8Array(70_000).fill(9)];
    const received: Buffer[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer) => {
        received.push(data);
        if (received.length === messages.length) resolve();
      }),
    );
    for (const message of messages) expect(write?.(preframe(message))).toBe(true);
    await all;
    expect(received.map((b) => [...b])).toEqual(messages.map((m) => [...m]));
    client.close();
  });

  it('writes nothing once the socket is closing, so the caller falls back to ws', async () => {
    const { socket, client } = await connect({ compress: false });
    const write = preframedWriter(socket);
    socket.close(1000, 'bye');
    expect(write?.(preframe(Uint8Array.from([1])))).toBe(false);
    await once(client, 'close');
  });

  it('is not offered on a connection that negotiated compression: ws must transform its frames', async () => {
    const { socket, client } = await connect({ compress: true });
    expect(preframedWriter(socket)).toBeNull();
    client.close();
  });
});
