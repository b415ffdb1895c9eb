import { once } from 'node:events';
import { type AddressInfo, createConnection, createServer, type Server, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../../tests/support/yClient.ts';
import { DirectWriter } from './directWriter.ts';

const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) server.close();
});

/** A loopback TCP connection: the server's end, written to, and the client's, read from. */
async function connectPair(): Promise<{ server: Socket; client: Socket }> {
  const listener = createServer();
  servers.push(listener);
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const client = createConnection((listener.address() as AddressInfo).port, '127.0.0.1');
  const [server] = (await once(listener, 'connection')) as [Socket];
  await once(client, 'connect');
  sockets.push(client, server);
  return { server, client };
}

/** A chunk whose every byte says which chunk it is, so that a byte out of order shows. */
function chunk(index: number, size: number): Buffer {
  return Buffer.alloc(size, index % 251);
}

async function readAll(client: Socket, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let received = 0;
  client.on('data', (data: Buffer) => {
    parts.push(data);
    received += data.length;
  });
  client.resume();
  while (received < bytes) await once(client, 'data');
  return Buffer.concat(parts);
}

describe('DirectWriter', () => {
  it('keeps every byte in order when its writes and socket.write interleave behind a full kernel buffer', async () => {
    const { server, client } = await connectPair();
    client.pause();
    const writer = DirectWriter.for(server);
    expect(writer).not.toBeNull();
    const expected: Buffer[] = [];
    let queuedNatively = false;
    for (let i = 0; i < 400; i++) {
      const data = chunk(i, 16 * 1024);
      expected.push(data);
      // Every third write goes the stream's way, as ws's own frames (a ping, a reply) would.
      if (i % 3 === 2) server.write(data);
      else writer?.write(data);
      const handle = (server as unknown as { _handle: { writeQueueSize: number } })._handle;
      queuedNatively ||= handle.writeQueueSize > 0;
    }
    // The client has not read: the kernel's buffers filled and libuv had to queue writes (the case that matters).
    expect(queuedNatively).toBe(true);
    const received = await readAll(client, 400 * 16 * 1024);
    expect(received.equals(Buffer.concat(expected))).toBe(true);
  });

  it('destroys the socket when the peer is gone, as a failed socket.write does, and never throws', async () => {
    const { server, client } = await connectPair();
    // Not reading, not even natively, so that only the write can find out the connection was reset.
    (server as unknown as { _handle: { readStop(): number } })._handle.readStop();
    const writer = DirectWriter.for(server);
    client.resetAndDestroy();
    await waitFor(() => {
      writer?.write(chunk(1, 1024));
      return server.destroyed;
    }, 'the write fails');
    expect(server.destroyed).toBe(true);
    // The native side refuses writes to a socket that is gone.
    expect(() => writer?.write(chunk(2, 1024))).not.toThrow();
    await once(server, 'close');
    expect(() => writer?.write(chunk(3, 1024))).not.toThrow();
  });

  it('is not offered for a stream without a native handle: the caller uses its write', () => {
    expect(DirectWriter.for(new PassThrough() as unknown as Socket)).toBeNull();
  });
});
