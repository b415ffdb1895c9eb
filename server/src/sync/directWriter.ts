import type { Socket } from 'node:net';

/** The native side of a TCP socket (libuv's stream); Node keeps it as `socket._handle`. */
interface StreamHandle {
  writeBuffer(request: WriteRequest, data: Buffer): number;
}

/** Node's write request, which the native side fills in and completes. */
interface WriteRequest {
  handle: StreamHandle;
  oncomplete: (status: number) => void;
  async: boolean;
  bytes: number;
  buffer: Buffer | null;
}

type WriteRequestClass = new () => WriteRequest;

/** Node's own WriteWrap (what `socket.write` uses underneath); null where this Node does not offer it. */
const WriteWrap = ((): WriteRequestClass | null => {
  try {
    const binding = (process as unknown as { binding(name: string): { WriteWrap?: WriteRequestClass } }).binding(
      'stream_wrap',
    );
    return typeof binding.WriteWrap === 'function' ? binding.WriteWrap : null;
  } catch {
    return null;
  }
})();

function handleOf(socket: Socket): StreamHandle | undefined {
  return (socket as unknown as { _handle?: StreamHandle | null })._handle ?? undefined;
}

/**
 * A writer of whole buffers to one TCP socket that hands each one to the socket's native stream, as
 * `socket.write` does in the end, but without the Writable stream around it. A broadcast writes one small frame
 * to hundreds of sockets, and that layer (its state checks, callbacks and timers) cost about as much per socket
 * as the rest of the broadcast's own work.
 *
 * Order is kept: libuv queues a write it cannot finish at once and sends the next only after it; and while the
 * stream has writes of its own queued (ws's, say), this writer queues behind them through `socket.write`. A
 * failed write destroys the socket, as a failed `socket.write` does. Where Node's internals are not what this
 * expects, it is `socket.write` itself.
 */
export function directWriter(socket: Socket): (data: Buffer) => void {
  const handle = handleOf(socket);
  const NativeWrite = WriteWrap;
  if (!NativeWrite || !handle || typeof handle.writeBuffer !== 'function') return (data) => socket.write(data);
  const afterWrite = (status: number) => {
    if (status < 0) socket.destroy();
  };
  return (data) => {
    // Destroyed sockets lose their handle; a stream with writes queued must send them first.
    if (socket.writableLength > 0 || handleOf(socket) !== handle) {
      socket.write(data);
      return;
    }
    const request = new NativeWrite();
    request.handle = handle;
    request.oncomplete = afterWrite;
    request.async = false;
    request.bytes = 0;
    request.buffer = null;
    if (handle.writeBuffer(request, data) !== 0) socket.destroy();
  };
}
