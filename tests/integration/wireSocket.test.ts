import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { WireSocket } from '../load/src/clients/wireSocket.ts';

/**
 * The benchmark's bare WebSocket client against `ws`, the server library all three benchmarked servers use:
 * if it misread a frame, the load benchmark would report wrong latencies or lose deliveries.
 */

let server: WebSocketServer | null = null;

afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

function listen(options: ConstructorParameters<typeof WebSocketServer>[0] = {}): Promise<string> {
  return new Promise((resolve) => {
    const listening = new WebSocketServer({ port: 0, host: '127.0.0.1', ...options }, () => {
      resolve(`ws://127.0.0.1:${(listening.address() as AddressInfo).port}/collab/doc?token=t`);
    });
    server = listening;
  });
}

function nextConnection(): Promise<WebSocket> {
  return new Promise((resolve) => server?.once('connection', resolve));
}

interface Seen {
  opened: boolean;
  messages: Buffer[];
  closed: { code: number; reason: string } | null;
  errors: Error[];
}

function open(url: string): { socket: WireSocket; seen: Seen } {
  const seen: Seen = { opened: false, messages: [], closed: null, errors: [] };
  const socket = new WireSocket(url, {
    open: () => {
      seen.opened = true;
    },
    message: (data) => seen.messages.push(Buffer.from(data)),
    close: (code, reason) => {
      seen.closed = { code, reason };
    },
    error: (error) => seen.errors.push(error),
  });
  return { socket, seen };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WireSocket (the load benchmark readers’ client)', () => {
  it('receives binary messages of every length encoding intact and in order, also right after the upgrade', async () => {
    const url = await listen();
    const connected = nextConnection();
    const { seen } = open(url);
    const server = await connected;
    // Lengths on both sides of the 7-bit, 16-bit and 64-bit length forms; 100 kB arrives in several chunks.
    const sent = [0, 1, 125, 126, 127, 65_535, 65_536, 100_000].map((length) => randomBytes(length));
    for (const message of sent) server.send(message);
    await until(() => seen.messages.length === sent.length);
    expect(seen.opened).toBe(true);
    expect(seen.messages.map((m) => m.toString('hex'))).toEqual(sent.map((m) => m.toString('hex')));
  });

  it('sends masked binary frames the server reads back exactly', async () => {
    const url = await listen();
    const connected = nextConnection();
    const { socket, seen } = open(url);
    const server = await connected;
    const received: Buffer[] = [];
    server.on('message', (data: Buffer) => received.push(data));
    await until(() => seen.opened);
    const sent = [1, 200, 70_000].map((length) => randomBytes(length));
    for (const message of sent) socket.send(message);
    await until(() => received.length === sent.length);
    expect(received.map((m) => m.toString('hex'))).toEqual(sent.map((m) => m.toString('hex')));
  });

  it('joins a fragmented message and answers a ping with a pong of the same payload', async () => {
    const url = await listen();
    const connected = nextConnection();
    const { seen } = open(url);
    const server = await connected;
    server.send(Buffer.from('frag'), { fin: false });
    server.send(Buffer.from('ment'), { fin: true });
    const pong = new Promise<Buffer>((resolve) => server.once('pong', resolve));
    server.ping(Buffer.from('are you there'));
    expect((await pong).toString()).toBe('are you there');
    await until(() => seen.messages.length === 1);
    expect(seen.messages[0]?.toString()).toBe('fragment');
  });

  it("reports the server's close code and reason", async () => {
    const url = await listen();
    const connected = nextConnection();
    const { seen } = open(url);
    (await connected).close(4003, 'Delegations cannot edit agreed text');
    await until(() => seen.closed !== null);
    expect(seen.closed).toEqual({ code: 4003, reason: 'Delegations cannot edit agreed text' });
  });

  it('fails with the status line when the server refuses the upgrade', async () => {
    const url = await listen({ verifyClient: (_info, done) => done(false, 401, 'Unauthorized') });
    const { seen } = open(url);
    await until(() => seen.errors.length > 0);
    expect(seen.errors[0]?.message).toMatch(/upgrade refused: HTTP\/1\.1 401/);
    expect(seen.opened).toBe(false);
  });
});
