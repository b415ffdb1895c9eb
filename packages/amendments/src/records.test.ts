import { redo, undo } from '@tiptap/pm/history';
import { describe, expect, it } from 'vitest';
import { accept } from './accept.ts';
import { readAmendmentRecords } from './amendmentRecords.ts';
import type { Decider } from './Decider.ts';
import { acceptInYDoc, rejectInYDoc } from './decideInYDoc.ts';
import { listAmendments } from './listAmendments.ts';
import { listDocumentAmendments } from './listDocumentAmendments.ts';
import { setRationale } from './setRationale.ts';
import { setStance } from './setStance.ts';
import { BRAZIL, idOf, JAPAN, NORWAY, posOf, printed, rangeOf, stateOf } from './testing/fixtures.ts';
import { RecordingEditor } from './testing/recordingEditor.ts';
import { cloneY, readY, syncY, yDocOf } from './testing/yjs.ts';

const CHAIR: Decider = { by: 'Chair', party: null };
const asDelegate = (actor: typeof BRAZIL): Decider => ({ by: actor.author, party: actor.party });

function brazilReplacesDevelop() {
  const ydoc = yDocOf(stateOf().doc);
  const brazil = new RecordingEditor(ydoc, asDelegate(BRAZIL));
  const word = rangeOf(brazil.state.doc, 'develop');
  brazil.select(word.from, word.to).suggest(BRAZIL, (tr) => tr.insertText('prepare'));
  const id = listAmendments(brazil.state.doc)[0]?.id ?? '';
  return { ydoc, brazil, id };
}

describe('the record of each amendment in the `amendments` map', () => {
  it('is created with the proposal and follows the text as the delegation edits it', () => {
    const { ydoc, brazil, id } = brazilReplacesDevelop();
    expect(readAmendmentRecords(ydoc).get(id)).toMatchObject({
      id,
      party: 'Brazil',
      author: 'Ana Souza',
      kind: 'replace',
      description: "Brazil: replace 'develop' with 'prepare'",
      decisionId: 'decision-aa',
      rationale: '',
      supporters: [],
      opponents: [],
      status: 'proposed',
    });
    brazil.suggest(BRAZIL, (tr) => tr.insertText(' and adopt'));
    expect(readAmendmentRecords(ydoc).get(id)?.description).toBe("Brazil: replace 'develop' with 'prepare and adopt'");
  });

  it('records a withdrawal when the delegation deletes all of its insertion, and the return on undo', () => {
    const ydoc = yDocOf(stateOf().doc);
    const brazil = new RecordingEditor(ydoc, asDelegate(BRAZIL));
    const pos = posOf(brazil.state.doc, ' a policy');
    brazil.select(pos).suggest(BRAZIL, (tr) => tr.insertText(' and adopt'));
    const id = listAmendments(brazil.state.doc)[0]?.id ?? '';
    brazil.select(pos, pos + 10).suggest(BRAZIL, (tr) => tr.deleteSelection());
    expect(readAmendmentRecords(ydoc).get(id)?.status).toBe('withdrawn');
    undo(brazil.state, brazil.apply);
    expect(readAmendmentRecords(ydoc).get(id)?.status).toBe('proposed');
    redo(brazil.state, brazil.apply);
    const record = readAmendmentRecords(ydoc).get(id);
    expect(record?.status).toBe('withdrawn');
    expect(record?.history.map((h) => `${h.status} by ${h.by}`)).toEqual([
      'proposed by Ana Souza',
      'withdrawn by Ana Souza',
      'proposed by Ana Souza',
      'withdrawn by Ana Souza',
    ]);
  });

  it('records the chair’s verdict, and amendments that fell with a deleted block as rejected with the cause', () => {
    const ydoc = yDocOf(stateOf().doc);
    const japan = new RecordingEditor(ydoc, asDelegate(JAPAN));
    const decisionPos = posOf(japan.state.doc, 'Parties are invited') - 2;
    const size = japan.state.doc.nodeAt(decisionPos)?.nodeSize ?? 0;
    japan.suggest(JAPAN, (tr) => tr.delete(decisionPos, decisionPos + size));
    const brazil = new RecordingEditor(ydoc, asDelegate(BRAZIL));
    const inside = posOf(brazil.state.doc, ' to contribute');
    brazil.select(inside).suggest(BRAZIL, (tr) => tr.insertText(' warmly'));
    const chair = new RecordingEditor(ydoc, CHAIR);
    const [brazilId, japanId] = [idOf(chair.state.doc, 'Brazil'), idOf(chair.state.doc, 'Japan')];
    chair.apply(accept(chair.state, japanId));
    const records = readAmendmentRecords(ydoc);
    expect(records.get(japanId)?.history.at(-1)).toEqual({
      status: 'accepted',
      by: 'Chair',
      party: null,
      at: '2025-06-01T10:00:00.000Z',
    });
    expect(records.get(brazilId)?.history.at(-1)).toMatchObject({ status: 'rejected', by: 'Chair', cause: japanId });
    expect(printed(readY(ydoc))).not.toContain('15.BB');
  });

  it('keeps the stances of several delegations made at once on different clients', () => {
    const { ydoc, id } = brazilReplacesDevelop();
    const norwayClient = cloneY(ydoc);
    const japanClient = cloneY(ydoc);
    setStance(norwayClient, id, 'Norway', 'support');
    setStance(japanClient, id, 'Japan', 'oppose');
    syncY(norwayClient, japanClient);
    syncY(ydoc, norwayClient);
    expect(readAmendmentRecords(ydoc).get(id)).toMatchObject({ supporters: ['Norway'], opponents: ['Japan'] });
    setStance(ydoc, id, 'Japan', null);
    expect(readAmendmentRecords(ydoc).get(id)?.opponents).toEqual([]);
    expect(() => setStance(ydoc, id, 'Brazil', 'support')).toThrow(/own amendment/);
  });

  it('takes a rationale from the proposing delegation only', () => {
    const { ydoc, id } = brazilReplacesDevelop();
    setRationale(ydoc, id, 'Brazil', 'Aligns with decision 14.8.');
    expect(readAmendmentRecords(ydoc).get(id)?.rationale).toBe('Aligns with decision 14.8.');
    expect(() => setRationale(ydoc, id, 'Japan', 'No.')).toThrow(/proposing delegation/);
  });
});

describe('deciding on the shared document (server, scripts, exports)', () => {
  it('accepts one delegation’s amendments and rejects another’s; every client converges; the record keeps both', () => {
    const ydoc = yDocOf(stateOf().doc);
    const brazil = new RecordingEditor(ydoc, asDelegate(BRAZIL));
    const word = rangeOf(brazil.state.doc, 'develop');
    brazil.select(word.from, word.to).suggest(BRAZIL, (tr) => tr.insertText('prepare'));
    const japan = new RecordingEditor(ydoc, asDelegate(JAPAN)).reload();
    const phrase = rangeOf(japan.state.doc, ' on partnerships');
    japan.select(phrase.from, phrase.to).suggest(JAPAN, (tr) => tr.deleteSelection());
    const norway = new RecordingEditor(ydoc, asDelegate(NORWAY)).reload();
    const end = posOf(norway.state.doc, 'contribute') + 'contribute'.length;
    norway.select(end).suggest(NORWAY, (tr) => tr.insertText(' financially'));
    const observer = cloneY(ydoc);

    expect(acceptInYDoc(ydoc, { party: 'Brazil' }, CHAIR, { at: '2025-06-02T09:00:00.000Z' })).toHaveLength(1);
    expect(rejectInYDoc(ydoc, { party: 'Japan' }, CHAIR)).toHaveLength(1);
    syncY(ydoc, observer);
    const text = printed(readY(observer));
    expect(text).toContain('15.AA The Secretariat shall prepare a policy on partnerships.');
    expect(text).toContain('15.BB Parties are invited to contribute financially.');
    expect(readY(observer).eq(readY(ydoc))).toBe(true);

    const listed = listDocumentAmendments(observer);
    expect(listed.map((a) => [a.party, a.status, a.range === null])).toEqual([
      ['Norway', 'proposed', false],
      ['Brazil', 'accepted', true],
      ['Japan', 'rejected', true],
    ]);
    expect(listed[1]?.description).toBe("Brazil: replace 'develop' with 'prepare'");
    expect(listed[1]?.record?.history.at(-1)).toEqual({
      status: 'accepted',
      by: 'Chair',
      party: null,
      at: '2025-06-02T09:00:00.000Z',
    });
    expect(listDocumentAmendments(observer, { status: ['accepted', 'rejected'] }).map((a) => a.party)).toEqual([
      'Brazil',
      'Japan',
    ]);
  });

  it('decides nothing, and writes nothing, when nothing matches', () => {
    const { ydoc } = brazilReplacesDevelop();
    let updates = 0;
    ydoc.on('update', () => updates++);
    expect(acceptInYDoc(ydoc, { party: 'Japan' }, CHAIR)).toEqual([]);
    expect(updates).toBe(0);
  });
});
