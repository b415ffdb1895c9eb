import type { Socket } from 'node:net';
import WebSocket, * as wsModule from 'ws';
import { DirectWriter } from './directWriter.ts';

interface FrameOptions {
  fin: boolean;
  rsv1: boolean;
  opcode: number;
  mask: boolean;
  readOnly: boolean;
}

/** ws's framer; exported by the package but missing from its type definitions. */
const { Sender } = wsModule as unknown as { Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] } };

/**
 * One binary WebSocket frame (header and payload in one buffer), built once and written as is to every socket
 * of a broadcast: the fan-out to hundreds of clients is where a room spends its time, and framing per socket
 * (ws's send) costs an allocation and a two-buffer write each.
 */
export function preframe(message: Uint8Array): Buffer {
  const payload = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  const [header, body] = Sender.frame(payload, { fin: true, rsv1: false, opcode: 0x02, mask: false, readOnly: true });
  return body ? Buffer.concat([header as Buffer, body]) : (header as Buffer);
}

/** Writes a pre-built frame; false when the socket is no longer open and nothing was written. */
export type FrameWriter = (frame: Buffer) => boolean;

interface RawWebSocket {
  readyState: number;
  _socket?: Socket;
  _extensions?: Record<string, unknown>;
}

/**
 * Writes pre-built frames straight to the TCP socket of an open WebSocket, exactly as ws would write them. Null
 * when ws transforms frames on this connection (an extension such as compression was negotiated): then
 * everything goes through ws's send. Extensions are settled by the handshake, so this is decided once per
 * connection; a broadcast then pays one check and one write per socket (see `DirectWriter`).
 */
export function preframedWriter(ws: WebSocket): FrameWriter | null {
  const raw = ws as unknown as RawWebSocket;
  const socket = raw._socket;
  if (!socket || (raw._extensions && Object.keys(raw._extensions).length > 0)) return null;
  const direct = DirectWriter.for(socket);
  if (!direct) {
    return (frame) => {
      if (raw.readyState !== WebSocket.OPEN || !socket.writable) return false;
      socket.write(frame);
      return true;
    };
  }
  // ws moves out of OPEN before it ends the socket; a socket destroyed meanwhile refuses the write natively.
  return (frame) => {
    if (raw.readyState !== WebSocket.OPEN) return false;
    direct.write(frame);
    return true;
  };
}
