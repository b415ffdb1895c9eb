import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A bare WebSocket client (RFC 6455) on a TCP socket, for the benchmark's readers only. One process hosts
 * hundreds of readers, and with `ws` each received message costs about 10 µs of JavaScript (a Writable stream,
 * event emitters, a wrapper object), so at 1,000 clients the readers' process, not the server under test, set
 * the latency tail. This client parses frames straight from the socket's chunks. It speaks what the servers
 * send: unfragmented or fragmented binary and text frames, ping, close; it sends masked binary frames and pongs.
 */

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

export interface WireSocketEvents {
  open(): void;
  message(data: Buffer): void;
  /** The server's close frame (code 1005 when it gave none), or 1006 when the connection dropped without one. */
  close(code: number, reason: string): void;
  error(error: Error): void;
}

export class WireSocket {
  private readonly socket: Socket;
  private handshakeDone = false;
  private pending: Buffer | null = null;
  /** Payloads of a fragmented message so far, and the opcode it started with. */
  private fragments: Buffer[] = [];
  private fragmentsOpcode = 0;
  private closed = false;

  constructor(url: string, events: WireSocketEvents) {
    const target = new URL(url);
    const key = randomBytes(16).toString('base64');
    const expectedAccept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    const host = target.hostname;
    const port = Number(target.port || 80);
    this.socket = connect({ host, port, noDelay: true });
    this.socket.on('connect', () => {
      this.socket.write(
        `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\n` +
          `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    this.socket.on('data', (chunk: Buffer) => {
      try {
        this.receive(chunk, expectedAccept, events);
      } catch (error) {
        this.socket.destroy();
        events.error(error instanceof Error ? error : new Error(String(error)));
      }
    });
    this.socket.on('error', (error) => events.error(error));
    this.socket.on('close', () => {
      if (this.closed) return;
      this.closed = true;
      events.close(1006, 'connection dropped without a close frame');
    });
  }

  private receive(chunk: Buffer, expectedAccept: string, events: WireSocketEvents): void {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    if (!this.handshakeDone) {
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) {
        this.pending = data;
        return;
      }
      const head = data.subarray(0, end).toString('latin1');
      const [status = '', ...lines] = head.split('\r\n');
      if (!/^HTTP\/1\.1 101\b/.test(status)) throw new Error(`upgrade refused: ${status}`);
      const accept = lines.find((line) => line.toLowerCase().startsWith('sec-websocket-accept:'));
      if (accept?.slice(accept.indexOf(':') + 1).trim() !== expectedAccept) {
        throw new Error('upgrade answered with a wrong Sec-WebSocket-Accept');
      }
      this.handshakeDone = true;
      events.open();
      data = data.subarray(end + 4);
    }
    let at = 0;
    while (at < data.length) {
      const consumed = this.frame(data, at, events);
      if (consumed === 0) break;
      at += consumed;
    }
    if (at < data.length) this.pending = data.subarray(at);
  }

  /** Handles the frame that starts at `at`; returns its length, or 0 if it has not fully arrived. */
  private frame(data: Buffer, at: number, events: WireSocketEvents): number {
    if (data.length - at < 2) return 0;
    const first = data[at] as number;
    const second = data[at + 1] as number;
    if (second & 0x80) throw new Error('the server sent a masked frame');
    let length = second & 0x7f;
    let header = 2;
    if (length === 126) {
      if (data.length - at < 4) return 0;
      length = data.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      if (data.length - at < 10) return 0;
      length = Number(data.readBigUInt64BE(at + 2));
      header = 10;
    }
    if (data.length - at < header + length) return 0;
    const payload = data.subarray(at + header, at + header + length);
    const fin = (first & 0x80) !== 0;
    const opcode = first & 0x0f;
    switch (opcode) {
      case OP_BINARY:
      case OP_TEXT:
        if (fin) events.message(payload);
        else {
          this.fragments = [Buffer.from(payload)];
          this.fragmentsOpcode = opcode;
        }
        break;
      case OP_CONTINUATION:
        this.fragments.push(Buffer.from(payload));
        if (fin && this.fragmentsOpcode !== 0) {
          events.message(Buffer.concat(this.fragments));
          this.fragments = [];
          this.fragmentsOpcode = 0;
        }
        break;
      case OP_PING:
        this.write(OP_PONG, payload);
        break;
      case OP_CLOSE: {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        const reason = payload.subarray(2).toString('utf8');
        this.write(OP_CLOSE, payload.subarray(0, 2));
        this.closed = true;
        this.socket.end();
        events.close(code, reason);
        break;
      }
      default:
        break; // pong, reserved opcodes: nothing to do
    }
    return header + length;
  }

  send(data: Uint8Array): void {
    this.write(OP_BINARY, data);
  }

  /** A client's frames are masked (RFC 6455 §5.3). */
  private write(opcode: number, payload: Uint8Array): void {
    if (this.closed || !this.handshakeDone) return;
    const length = payload.length;
    const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(header + 4 + length);
    frame[0] = 0x80 | opcode;
    if (header === 2) frame[1] = 0x80 | length;
    else if (header === 4) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(length, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeBigUInt64BE(BigInt(length), 2);
    }
    const mask = randomBytes(4);
    mask.copy(frame, header);
    for (let i = 0; i < length; i++) frame[header + 4 + i] = (payload[i] as number) ^ (mask[i & 3] as number);
    this.socket.write(frame);
  }

  /** Sends a normal close and ends the connection. */
  close(): void {
    if (this.closed) return;
    const code = Buffer.alloc(2);
    code.writeUInt16BE(1000);
    this.write(OP_CLOSE, code);
    this.closed = true;
    this.socket.end();
  }

  terminate(): void {
    this.closed = true;
    this.socket.destroy();
  }
}
