import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A small seeded PRNG (mulberry32), so that a failing fuzz run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const message = (build: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  build(encoder);
  return encoding.toUint8Array(encoder);
};

/** Real updates to mutate: typing, formatting, deleting, maps and nested types. */
function sampleUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').insert(0, [paragraph]);
  paragraph.insert(0, [text]);
  text.insert(0, 'The Secretariat shall develop a policy.');
  text.format(4, 11, { italic: {} });
  text.delete(0, 4);
  doc.getMap('meta').set('title', 'Fuzz');
  const record = new Y.Map();
  doc.getMap('amendments').set('x', record);
  record.set('history', new Y.Array());
  updates.push(Y.encodeStateAsUpdate(doc));
  return updates;
}

/**
 * Random and mutated y-websocket messages: random bytes, truncated varints, bogus lengths, mutated real
 * updates, updates crafted to make decoders loop or allocate (yjs issues #498, #687: empty buffers, huge struct
 * counts, huge delete ranges, V2 data sent as V1), malformed awareness, unknown message types.
 */
export function fuzzMessages(random: () => number): () => Uint8Array {
  const samples = sampleUpdates();
  const int = (max: number) => Math.floor(random() * max);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const huge = () => [0x7fffffff, 0xffffffff, 2 ** 40, 2 ** 53 - 1][int(4)] as number;
  const sample = () => samples[int(samples.length)] as Uint8Array;
  const mutate = (update: Uint8Array) => {
    const copy = Uint8Array.from(update);
    for (let i = 0, n = 1 + int(4); i < n; i++) copy[int(copy.length)] = int(256);
    return int(3) === 0 ? copy.slice(0, int(copy.length)) : copy;
  };
  const generators: Array<() => Uint8Array> = [
    () => bytes(int(64)),
    () => Uint8Array.from([int(4), ...bytes(int(4)).map((b) => b | 0x80)]),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, huge());
        encoding.writeUint8Array(e, bytes(int(16)));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, int(3));
        encoding.writeVarUint8Array(e, mutate(sample()));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, new Uint8Array());
      }),
    // Struct count far beyond what the bytes hold.
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(
          e,
          Uint8Array.from([1, ...varuint(huge()), ...varuint(int(2 ** 31)), 0, ...bytes(int(8))]),
        );
      }),
    // A delete set with huge ranges and counts.
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(
          e,
          Uint8Array.from([
            0,
            1,
            ...varuint(int(2 ** 31)),
            ...varuint(huge()),
            ...varuint(int(1000)),
            ...varuint(huge()),
          ]),
        );
      }),
    // yjs #687's crafted V2 update, sent where V1 is expected.
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(
          e,
          Uint8Array.from(Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex')),
        );
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, bytes(int(40)));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(e, Uint8Array.from([...varuint(huge()), ...bytes(int(12))]));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 1);
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, int(2 ** 31));
        encoding.writeVarUint(inner, int(10));
        encoding.writeVarString(
          inner,
          ['{"user":{"name":"x"}}', 'null', '[1,2]', '{', '"str"', '{"user":{"party":"Japan","color":"red"}}'][
            int(6)
          ] as string,
        );
        encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      }),
    () =>
      message((e) => {
        encoding.writeVarUint(e, 3 + int(200));
        encoding.writeUint8Array(e, bytes(int(8)));
      }),
    () =>
      mutate(
        message((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint8Array(e, sample());
        }),
      ),
  ];
  return () => (generators[int(generators.length)] as () => Uint8Array)();
}

function varuint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  while (rest > 0x7f) {
    out.push(0x80 | (rest % 128));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}
