/**
 * The cost of checking a delegate's keystroke on the server (issue 4's budget: p99 under 2 ms on a
 * 100-decision document with 200 pending amendments). Each sample is one delegate typing one character into
 * its own pending amendment, checked by the UpdateGuard on its shadow copy, then applied to the room's copy.
 *
 *   npm run bench:guard [-- --decisions 100 --amendments 200 --samples 2000]
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { overlappingMarkKey } from '../../../../server/src/guard/markKey.ts';
import { UpdateGuard } from '../../../../server/src/guard/UpdateGuard.ts';
import { generateCompilation } from '../documents/generateCompilation.ts';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '100' },
    amendments: { type: 'string', default: '200' },
    samples: { type: 'string', default: '2000' },
    json: { type: 'string' },
  },
});
const decisions = Number(values.decisions);
const amendmentCount = Number(values.amendments);
const samples = Number(values.samples);

const compilation = generateCompilation(decisions, amendmentCount);
const room = new Y.Doc();
Y.applyUpdate(room, compilation.update);
const loadStart = performance.now();
const guard = new UpdateGuard(room);
const loadMs = performance.now() - loadStart;

/** The delegate's editor: a replica of the room's document. */
const editor = new Y.Doc();
Y.applyUpdate(editor, compilation.update);

function insertionTextOf(
  doc: Y.Doc,
  amendmentId: string,
): { text: Y.XmlText; index: number; attrs: Record<string, string> } {
  for (const topic of doc.getXmlFragment('content').toArray() as Y.XmlElement[]) {
    for (const group of topic.toArray().slice(1) as Y.XmlElement[]) {
      for (const decisionEl of group.toArray() as Y.XmlElement[]) {
        const text = (decisionEl.get(0) as Y.XmlElement).get(0) as Y.XmlText;
        let index = 0;
        for (const op of text.toDelta() as Array<{
          insert: string;
          attributes?: Record<string, Record<string, string>>;
        }>) {
          index += op.insert.length;
          for (const attrs of Object.values(op.attributes ?? {}))
            if (attrs.amendmentId === amendmentId) return { text, index, attrs };
        }
      }
    }
  }
  throw new Error(`no amendment ${amendmentId}`);
}

const timings: number[] = [];
for (let i = 0; i < samples; i++) {
  const amendment = compilation.amendments[(i * 7919) % compilation.amendments.length];
  if (!amendment) throw new Error('no amendments');
  const { text, index, attrs } = insertionTextOf(editor, amendment.id);
  const before = Y.encodeStateVector(editor);
  text.insert(index, 'x', { [overlappingMarkKey('insertion', attrs)]: attrs });
  const update = Y.encodeStateAsUpdate(editor, before);
  const who = {
    key: `invite:${amendment.party}`,
    role: 'delegate' as const,
    party: amendment.party,
    name: amendment.author,
  };
  const start = performance.now();
  const verdict = guard.check(update, who, { canDecide: false });
  timings.push(performance.now() - start);
  if (!verdict.ok) throw new Error(`an honest keystroke was refused: ${verdict.rule}`);
  Y.applyUpdate(room, update);
}

timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] as number;
const result = {
  decisions,
  amendments: amendmentCount,
  documentBytes: compilation.update.byteLength,
  samples,
  guardLoadMs: Number(loadMs.toFixed(1)),
  p50Ms: Number(at(0.5).toFixed(3)),
  p95Ms: Number(at(0.95).toFixed(3)),
  p99Ms: Number(at(0.99).toFixed(3)),
  maxMs: Number((timings.at(-1) ?? 0).toFixed(3)),
};
console.table([result]);
console.log(result.p99Ms < 2 ? 'p99 within the 2 ms budget' : 'p99 OVER the 2 ms budget');
if (values.json) (await import('node:fs')).writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
