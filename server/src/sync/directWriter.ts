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

interface StreamWrapBinding {
  WriteWrap?: new () => WriteRequest;
  /** Filled in by every native write; `kLastWriteWasAsync` says whether libuv had to queue the last one. */
  streamBaseState?: Int32Array;
  kLastWriteWasAsync?: number;
}

/** Node's own WriteWrap and write state (what `socket.write` uses underneath); null where Node differs. */
const native = ((): Required<StreamWrapBinding> | null => {
  try {
    const binding = (process as unknown as { binding(name: string): StreamWrapBinding }).binding('stream_wrap');
    const { WriteWrap, streamBaseState, kLastWriteWasAsync } = binding;
    if (typeof WriteWrap !== 'function' || !(streamBaseState instanceof Int32Array)) return null;
    if (typeof kLastWriteWasAsync !== 'number') return null;
    return { WriteWrap, streamBaseState, kLastWriteWasAsync };
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
  if (!native || !handle || typeof handle.writeBuffer !== 'function') return (data) => socket.write(data);
  const { WriteWrap, streamBaseState, kLastWriteWasAsync } = native;
  const afterWrite = (status: number) => {
    if (status < 0) socket.destroy();
  };
  const newRequest = () => {
    const request = new WriteWrap();
    request.handle = handle;
    request.oncomplete = afterWrite;
    request.async = false;
    request.bytes = 0;
    request.buffer = null;
    return request;
  };
  // A write finished at once leaves its request untouched, so the next write may use it again; one libuv had
  // to queue keeps it until it completes.
  let spare: WriteRequest | null = null;
  return (data) => {
    // Destroyed sockets lose their handle; a stream with writes queued must send them first.
    if (socket.writableLength > 0 || handleOf(socket) !== handle) {
      socket.write(data);
      return;
    }
    const request = spare ?? newRequest();
    const error = handle.writeBuffer(request, data);
    spare = streamBaseState[kLastWriteWasAsync] ? null : request;
    if (error !== 0) socket.destroy();
  };
}
