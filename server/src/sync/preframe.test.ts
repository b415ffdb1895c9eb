import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { preframe, writePreframed } from './preframe.ts';

describe('preframe', () => {
  it('writes frames that a WebSocket client reads as the original binary messages, small and large', async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(server, 'listening');
    const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const [socket] = (await once(server, 'connection')) as [WebSocket];
    await once(client, 'open');
    const messages = [Uint8Array.from([0, 2, 1]), new Uint8Array(300).fill(7), new Uint8Array(70_000).fill(9)];
    const received: Buffer[] = [];
    const all = new Promise<void>((resolve) =>
      client.on('message', (data: Buffer) => {
        received.push(data);
        if (received.length === messages.length) resolve();
      }),
    );
    for (const message of messages) expect(writePreframed(socket, preframe(message))).toBe(true);
    await all;
    expect(received.map((b) => [...b])).toEqual(messages.map((m) => [...m]));
    client.close();
    server.close();
  });
});
