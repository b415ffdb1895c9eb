import WebSocket, * as wsModule from 'ws';

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

interface RawWebSocket {
  readyState: number;
  _socket?: { writable: boolean; write(data: Buffer): boolean };
  _extensions?: Record<string, unknown>;
}

/**
 * Writes a pre-built frame straight to the socket when that is exactly what ws would do: the socket is open
 * and no extension (compression) transforms frames. Otherwise returns false and the caller sends normally.
 */
export function writePreframed(ws: WebSocket, frame: Buffer): boolean {
  const raw = ws as unknown as RawWebSocket;
  if (raw.readyState !== WebSocket.OPEN || !raw._socket?.writable) return false;
  if (raw._extensions && Object.keys(raw._extensions).length > 0) return false;
  raw._socket.write(frame);
  return true;
}
