/**
 * Preloaded into a server under test (`node --require`, see `npm run bench -- --trace DIR`): the machine-wide
 * monotonic clock at the moments the server reads each benchmark update from a socket and writes it to the
 * first and the last of its sockets, found by the markers the updates carry (marker.ts). It hooks Node's own
 * sockets and their native handles, below any WebSocket library, so it times Draftroom, Hocuspocus and the
 * y-websocket server alike.
 * It also reads, at the same two moments, how long the server's main thread has waited so far for a CPU while
 * it could run (Linux's /proc/thread-self/schedstat): how much of an update's time before the first write went
 * to other processes. Rows go to BENCH_TRACE_FILE as JSON lines when the process exits.
 */
'use strict';
const { appendFileSync, readFileSync } = require('node:fs');
const net = require('node:net');
const { Readable } = require('node:stream');

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  /**
   * marker → [read µs, first write µs, last write µs, writes, every write's µs after the first, µs waited for a
   * CPU until the read, µs waited until the first write]
   */
  const rows = new Map();
  const nowUs = () => Number(process.hrtime.bigint() / 1000n);
  /** The main thread's time runnable but not running, in µs (the second field, in ns); -1 where Linux has none. */
  const waitedUs = () => {
    try {
      return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[1]) / 1000;
    } catch {
      return -1;
    }
  };
  const PREFIX = Buffer.from('~L');

  const markers = (bytes, found) => {
    let at = bytes.indexOf(PREFIX);
    while (at >= 0) {
      const end = bytes.indexOf(0x7e, at + 2);
      if (end < 0 || end - at > 24) return;
      found(bytes.toString('latin1', at + 2, end));
      at = bytes.indexOf(PREFIX, end + 1);
    }
  };

  // A client's frames are masked: unmask each complete frame of the chunk before looking for markers.
  const clientFrames = (chunk, found) => {
    let at = 0;
    while (at + 2 <= chunk.length) {
      const first = chunk[at];
      const second = chunk[at + 1];
      if ((first & 0x70) !== 0 || (second & 0x80) === 0) return; // not a client's WebSocket frame
      let length = second & 0x7f;
      let header = 2;
      if (length === 126) {
        if (at + 4 > chunk.length) return;
        length = chunk.readUInt16BE(at + 2);
        header = 4;
      } else if (length === 127) {
        if (at + 10 > chunk.length) return;
        length = Number(chunk.readBigUInt64BE(at + 2));
        header = 10;
      }
      const start = at + header + 4;
      if (start + length > chunk.length) return;
      const mask = chunk.subarray(at + header, start);
      const payload = Buffer.allocUnsafe(length);
      for (let i = 0; i < length; i++) payload[i] = chunk[start + i] ^ mask[i & 3];
      markers(payload, found);
      at = start + length;
    }
  };

  const push = Readable.prototype.push;
  net.Socket.prototype.push = function (chunk, encoding) {
    if (Buffer.isBuffer(chunk)) {
      const at = nowUs();
      clientFrames(chunk, (marker) => {
        if (!rows.has(marker)) rows.set(marker, [at, 0, 0, 0, [], waitedUs(), 0]);
      });
    }
    return push.call(this, chunk, encoding);
  };

  const wrote = (at) => (marker) => {
    const row = rows.get(marker);
    if (!row) return;
    if (row[3] === 0) {
      row[1] = at;
      row[6] = waitedUs();
    } else row[4].push(at - row[1]);
    row[2] = at;
    row[3]++;
  };
  // Every write to a TCP socket ends in its native handle, whether through socket.write or straight to the
  // handle (Draftroom's broadcast, see server/src/sync/directWriter.ts).
  const { TCP } = process.binding('tcp_wrap');
  const writeBuffer = TCP.prototype.writeBuffer;
  TCP.prototype.writeBuffer = function (request, data) {
    if (Buffer.isBuffer(data)) markers(data, wrote(nowUs()));
    return writeBuffer.call(this, request, data);
  };
  const writev = TCP.prototype.writev;
  TCP.prototype.writev = function (request, chunks, allBuffers) {
    const found = wrote(nowUs());
    // Buffers only, or chunk and encoding in turn.
    for (let i = 0; i < chunks.length; i += allBuffers ? 1 : 2)
      if (Buffer.isBuffer(chunks[i])) markers(chunks[i], found);
    return writev.call(this, request, chunks, allBuffers);
  };

  process.on('exit', () => {
    const lines = [];
    for (const [marker, [read, first, last, writes, after, waitedAtRead, waitedAtFirst]] of rows) {
      const preempted = waitedAtRead >= 0 && waitedAtFirst >= 0 ? Math.round(waitedAtFirst - waitedAtRead) : undefined;
      lines.push(JSON.stringify({ marker, read, first, last, writes, after, preempted }));
    }
    appendFileSync(file, `${lines.join('\n')}\n`);
  });
  // A server with no SIGTERM handler of its own (the y-websocket server) would die without 'exit'.
  process.on('SIGTERM', () => {
    if (process.listenerCount('SIGTERM') === 1) process.exit(0);
  });
}
