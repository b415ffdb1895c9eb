/**
 * The server's own work per update, without sockets: what a room does between a message arriving and its
 * broadcast being handed to the sockets (role check, apply, commit to SQLite, framing), against what the
 * y-websocket reference server does (apply, encode). Ten secretariat writers type ten characters at a time at
 * cursors of their own in the fixture's first paragraph, as in `npm run bench -- --scenario room200`.
 *
 * Updates come at `--rate` per second, as in the load benchmark (0: back to back). The pace matters for the
 * commit: on ext4 a write that comes more than a clock tick after the previous one also updates the file's mtime
 * through the journal, about 30 µs that back-to-back writes share. The commit is measured twice: with SQLite's
 * own checkpoints (inside the commit that fills the log), and with the server's, in a worker thread.
 *
 *   npx tsx tests/load/src/room/roomBench.ts [--updates 3000] [--rate 100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createDocument } from '../../../../server/src/documents/createDocument.ts';
import { SqliteStore } from '../../../../server/src/storage/SqliteStore.ts';
import { Connection } from '../../../../server/src/sync/Connection.ts';
import { Room } from '../../../../server/src/sync/Room.ts';
import { FIXTURE_TEXT, firstDecisionText } from '../../../support/demoDocument.ts';

const { values } = parseArgs({
  options: { updates: { type: 'string', default: '3000' }, rate: { type: 'string', default: '100' } },
});
const total = Number(values.updates);
const rate = Number(values.rate);
const WRITERS = 10;
const READERS = 190;

const dir = mkdtempSync(join(tmpdir(), 'draftroom-roombench-'));
// As the server opens it: checkpoints in a worker thread (see `startCheckpointer`).
const store = new SqliteStore(join(dir, 'bench.sqlite'), { checkpointEveryMs: 1_000 });
const record = await createDocument(store, {
  title: 'Bench',
  source: { format: 'text', content: FIXTURE_TEXT },
});
const room = await Room.load(record.id, store, { compactEvery: 500 });

let delivered = 0;
const socket = { send: () => void delivered++, close: () => {} };
const identity = { key: 'invite:w', role: 'secretariat' as const, party: null, name: 'Bench writer' };
const writers = Array.from({ length: WRITERS }, (_, i) => {
  const connection = new Connection(socket, { ...identity, key: `invite:w${i}` });
  room.join(connection);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const text = firstDecisionText(doc);
  return {
    connection,
    doc,
    cursor: Y.createRelativePositionFromTypeIndex(text, Math.floor((text.length * i) / WRITERS)),
  };
});
for (let i = 0; i < READERS; i++)
  room.join(new Connection(socket, { ...identity, key: `invite:r${i}`, role: 'observer' }));

/** The messages, made in advance: writer k types its k-th update after seeing every earlier one. */
const messages: Array<{ connection: Connection; message: Uint8Array; update: Uint8Array }> = [];
for (let n = 0; n < total; n++) {
  const writer = writers[n % WRITERS] as (typeof writers)[number];
  const text = firstDecisionText(writer.doc);
  const index = Y.createAbsolutePositionFromRelativePosition(writer.cursor, writer.doc)?.index ?? 0;
  const before = Y.encodeStateVector(writer.doc);
  text.insert(index, `[${String(n).padStart(8, '0')}]`);
  writer.cursor = Y.createRelativePositionFromTypeIndex(text, index + 10, -1);
  const update = Y.encodeStateAsUpdate(writer.doc, before);
  for (const other of writers) if (other !== writer) Y.applyUpdate(other.doc, update);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  messages.push({ connection: writer.connection, message: encoding.toUint8Array(encoder), update });
}

function measure(name: string, run: (m: (typeof messages)[number]) => Promise<void> | void) {
  return async () => {
    const cpu = process.cpuUsage();
    const wallsUs: number[] = [];
    const origin = performance.now();
    for (const [k, m] of messages.entries()) {
      const due = rate > 0 ? origin + (k * 1000) / rate : 0;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const start = performance.now();
      await run(m);
      wallsUs.push((performance.now() - start) * 1000);
    }
    const used = process.cpuUsage(cpu);
    const meanUs = wallsUs.reduce((sum, us) => sum + us, 0) / total;
    wallsUs.sort((a, b) => a - b);
    const at = (q: number) => (wallsUs[Math.min(total - 1, Math.floor(q * total))] as number).toFixed(0);
    console.log(
      `${name.padEnd(30)} ${meanUs.toFixed(1).padStart(7)} µs wall/update  ${((used.user + used.system) / total).toFixed(1).padStart(7)} µs CPU/update (user ${(used.user / total).toFixed(1)}, sys ${(used.system / total).toFixed(1)})  wall p99 ${at(0.99)} µs, p99.9 ${at(0.999)} µs, max ${(wallsUs.at(-1) as number).toFixed(0)} µs`,
    );
  };
}

// The reference: y-websocket's server applies the update and encodes one message for everyone.
const reference = new Y.Doc();
Y.applyUpdate(reference, Y.encodeStateAsUpdate(room.doc));
reference.on('update', (update: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  encoding.toUint8Array(encoder);
});
await measure('y-websocket (apply, encode)', ({ update }) => Y.applyUpdate(reference, update))();
await measure('draftroom room', ({ connection, message }) => room.receive(connection, message))();
// The commit alone, into a document of its own: the part of the room's work that is the disk.
const commitOnly = await createDocument(store, {
  title: 'Commit only',
  source: { format: 'text', content: FIXTURE_TEXT },
});
await measure('  of which the commit', ({ update }) => store.appendUpdate(commitOnly.id, update).then(() => {}))();
// Without the worker, SQLite checkpoints inside the commit that fills the log, with two fsyncs.
const ownCheckpoints = new SqliteStore(join(dir, 'own-checkpoints.sqlite'));
const selfCheckpointed = await createDocument(ownCheckpoints, {
  title: 'Commit, SQLite checkpointing',
  source: { format: 'text', content: FIXTURE_TEXT },
});
await measure('  same, SQLite checkpointing', ({ update }) =>
  ownCheckpoints.appendUpdate(selfCheckpointed.id, update).then(() => {}),
)();
await ownCheckpoints.close();
if (rate > 0) console.log('Paced: CPU also counts what V8 does while the process waits; wall time is the figure.');
console.log(
  `${rate > 0 ? `${rate} updates/s` : 'back to back'}; deliveries per update: ${(delivered / total).toFixed(0)} (sockets are stand-ins: no writes)`,
);
await room.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
