/**
 * A compilation text of 300 decisions with 1,000 pending amendments, headless: the server's cold load (store →
 * room), the first keystroke after it (which builds the role checker: reading every block), accept-all on the Yjs document (what the chair's "accept everything" does), and the
 * .docx export. Targets (issue 6): accept-all ≤ 300 ms, export ≤ 1 s. The browser figures (ready to type,
 * keystroke-to-paint) come from largeDocumentBrowser.ts.
 *
 *   npm run bench:large [-- --decisions 300 --amendments 1000 --runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { acceptInYDoc } from '@draftroom/amendments';
import { exportYDoc } from '@draftroom/export';
import * as Y from 'yjs';
import { SqliteStore } from '../../../../server/src/storage/SqliteStore.ts';
import { Connection } from '../../../../server/src/sync/Connection.ts';
import { updateMessage } from '../../../../server/src/sync/messages.ts';
import { Room } from '../../../../server/src/sync/Room.ts';
import { firstDecisionText } from '../../../support/demoDocument.ts';
import { generateCompilation } from '../documents/generateCompilation.ts';
import { median } from '../stats/median.ts';

const { values } = parseArgs({
  options: {
    decisions: { type: 'string', default: '300' },
    amendments: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
  },
});
const runs = Number(values.runs);
const compilation = generateCompilation(Number(values.decisions), Number(values.amendments));
const dir = mkdtempSync(join(tmpdir(), 'draftroom-large-'));

const loads: number[] = [];
const firstKeystrokes: number[] = [];
const chair = { key: 'invite:chair', role: 'chair' as const, party: null, name: 'Chair' };
/** The chair types one letter at the start of the first decision's text. */
function keystroke(): Uint8Array {
  const typist = new Y.Doc();
  Y.applyUpdate(typist, compilation.update);
  const before = Y.encodeStateVector(typist);
  firstDecisionText(typist).insert(0, 'A');
  return Y.encodeStateAsUpdate(typist, before);
}
const firstKeystroke = keystroke();
const accepts: number[] = [];
const exports: number[] = [];
try {
  const store = new SqliteStore(join(dir, 'draftroom.sqlite'));
  await store.createDocument(
    { id: 'large', title: 'Compilation', meeting: 'COP15', symbol: 'UNEP/CMS/COP15/CRP.1', status: 'negotiation' },
    compilation.update,
  );
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const room = await Room.load('large', store, { compactEvery: 500 });
    loads.push(performance.now() - start);

    const connection = new Connection({ send: () => {}, close: () => {} }, chair);
    room.join(connection);
    start = performance.now();
    await room.receive(connection, updateMessage(firstKeystroke));
    firstKeystrokes.push(performance.now() - start);
    if (connection.closed) throw new Error('the first keystroke was refused');

    start = performance.now();
    await exportYDoc(room.doc, 'docx', { view: 'tracked' });
    exports.push(performance.now() - start);

    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
    start = performance.now();
    const decided = acceptInYDoc(copy, {}, { by: 'Chair', party: null });
    accepts.push(performance.now() - start);
    if (decided.length !== compilation.amendments.length)
      throw new Error(`accepted ${decided.length} of ${compilation.amendments.length}`);
    copy.destroy();
    await room.close();
  }
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const result = {
  decisions: compilation.decisions,
  amendments: compilation.amendments.length,
  documentKb: Math.round(compilation.update.byteLength / 1024),
  coldLoadMs: Math.round(median(loads)),
  firstKeystrokeMs: Math.round(median(firstKeystrokes)),
  acceptAllMs: Math.round(median(accepts)),
  docxExportMs: Math.round(median(exports)),
};
console.table([result]);
console.log(
  `accept-all ${result.acceptAllMs <= 300 ? 'within' : 'OVER'} 300 ms; export ${result.docxExportMs <= 1000 ? 'within' : 'OVER'} 1 s`,
);
if (values.json) (await import('node:fs')).writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
