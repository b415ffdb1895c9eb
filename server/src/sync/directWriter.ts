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
 * Writes whole buffers to one TCP socket by handing each to the socket's native stream, as `socket.write` does in
 * the end, but without the Writable stream around it. A broadcast writes one small frame to hundreds of sockets,
 * and that layer (its state checks, callbacks and timers) cost about as much per socket as the rest of the
 * broadcast's own work. A class rather than a closure: a broadcast to a thousand sockets misses the cache on every
 * object it touches per socket, so each touches few.
 *
 * Order is kept: libuv queues a write it cannot finish at once and sends the next only after it; and while the
 * stream has writes of its own queued (ws's, say), this writer queues behind them through `socket.write`. A
 * failed write destroys the socket, as a failed `socket.write` does; a write to a socket already destroyed is
 * refused by the native side and changes nothing.
 */
export class DirectWriter {
  /**
   * A write finished at once leaves its request untouched, so the next write may use it again; one that libuv
   * had to queue keeps its request until it completes.
   */
  private spare: WriteRequest | null = null;
  private readonly afterWrite = (status: number) => {
    if (status < 0) this.socket.destroy();
  };

  private constructor(
    private readonly socket: Socket,
    private readonly handle: StreamHandle,
    private readonly native: Required<StreamWrapBinding>,
  ) {}

  /** A writer for `socket`, or null where Node's internals are not what it expects: use `socket.write` then. */
  static for(socket: Socket): DirectWriter | null {
    const handle = handleOf(socket);
    if (!native || !handle || typeof handle.writeBuffer !== 'function') return null;
    return new DirectWriter(socket, handle, native);
  }

  write(data: Buffer): void {
    if (this.socket.writableLength > 0) {
      this.socket.write(data);
      return;
    }
    const request = this.spare ?? this.newRequest();
    const error = this.handle.writeBuffer(request, data);
    this.spare = this.native.streamBaseState[this.native.kLastWriteWasAsync] ? null : request;
    if (error !== 0) this.socket.destroy();
  }

  private newRequest(): WriteRequest {
    const request = new this.native.WriteWrap();
    request.handle = this.handle;
    request.oncomplete = this.afterWrite;
    request.async = false;
    request.bytes = 0;
    request.buffer = null;
    return request;
  }
}
