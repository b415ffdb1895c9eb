import { EditorState, TextSelection } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './Actor.ts';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { baseText } from './baseText.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { listAmendments } from './listAmendments.ts';
import { restoreLostBlockEntries } from './restoreLostBlockEntries.ts';
import { BRAZIL, JAPAN, NORWAY, posOf, printed, stateOf, suggest } from './testing/fixtures.ts';
import { applyEdit, arbitraryDocument, arbitraryEdit, EDIT_KINDS, type Edit } from './testing/randomEdits.ts';
import { cloneY, readY, syncY, writeY, yDocOf } from './testing/yjs.ts';

const RUNS = { numRuns: Number(process.env.AMENDMENT_RUNS ?? 100) };

/**
 * Enter is left out: y-prosemirror maps a split to "shorten this paragraph's text, create a new paragraph
 * with a COPY of the tail", so two concurrent splits of one paragraph duplicate the text between them. That
 * is a limit of the binding, not of the amendments, and it holds for untracked editing too.
 */
const CONCURRENT_KINDS = EDIT_KINDS.filter((kind) => kind !== 'split');
const editsOf = (actor: Actor) => fc.array(arbitraryEdit(fc.constant(actor), CONCURRENT_KINDS), { maxLength: 6 });

/** Ids of block proposals (entries of `amend` lists) in a document. */
function blockProposals(doc: ReturnType<typeof readY>): Set<string> {
  return new Set(
    collectAmendmentParts(doc)
      .filter((part) => part.block !== null)
      .map((part) => part.amendmentId),
  );
}

/** Who each amendment id belongs to: `id → {"party|author|createdAt"}`. */
function owners(docs: ReturnType<typeof readY>[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const part of collectAmendmentParts(doc)) {
      const owner = `${part.party}|${part.author}|${part.createdAt}`;
      seen.set(part.amendmentId, (seen.get(part.amendmentId) ?? new Set()).add(owner));
    }
  }
  return seen;
}

function editLocally(ydoc: ReturnType<typeof yDocOf>, edits: Edit[]): void {
  let state = EditorState.create({ doc: readY(ydoc) });
  for (const edit of edits) {
    state = applyEdit(state, edit);
    writeY(ydoc, state.doc);
  }
}

/** Each client, having received the others' changes, puts back its own block proposals they overwrote. */
function heal(ydoc: ReturnType<typeof yDocOf>, before: ReturnType<typeof readY>, party: string): void {
  const tr = restoreLostBlockEntries(before, EditorState.create({ doc: readY(ydoc) }), party, new Map());
  if (tr) writeY(ydoc, tr.doc);
}

describe('three delegations editing at once on three clients', () => {
  it('never share an amendment id, converge, and keep every block proposal', () => {
    fc.assert(
      fc.property(arbitraryDocument, editsOf(BRAZIL), editsOf(JAPAN), editsOf(NORWAY), (base, ...perClient) => {
        const shared = yDocOf(base);
        const parties = [BRAZIL, JAPAN, NORWAY];
        const clients = parties.map(() => cloneY(shared));
        const local = clients.map((client, i) => {
          editLocally(client, perClient[i] ?? []);
          return readY(client);
        });
        for (const client of clients) syncY(shared, client);
        // Each client receives the others' changes through the server, one after another, and heals.
        clients.forEach((client, i) => {
          syncY(shared, client);
          heal(client, local[i] as ReturnType<typeof readY>, parties[i]?.party ?? '');
          syncY(shared, client);
        });
        for (const client of clients) syncY(shared, client);

        const merged = readY(shared);
        for (const client of clients) expect(readY(client).eq(merged)).toBe(true);
        const before = owners(local);
        for (const [id, who] of before) expect(who.size, `id ${id} used by ${[...who].join(', ')}`).toBe(1);
        const after = owners([merged]);
        for (const who of after.values()) expect(who.size).toBe(1);
        // Block proposals all survive once their clients have healed the lists Yjs overwrote. Inline marks
        // and the base text are not checked here: see the known limitation below.
        const survivors = blockProposals(merged);
        expect(local.flatMap((doc) => [...blockProposals(doc)]).filter((id) => !survivors.has(id))).toEqual([]);
      }),
      RUNS,
    );
  }, 60_000);
});

describe('restoreLostBlockEntries', () => {
  /** Brazil and Japan propose deleting decision 15.BB at the same moment; Yjs keeps one `amend` list. */
  function bothDeleteDecisionBB() {
    const shared = yDocOf(stateOf().doc);
    const clients = { Brazil: cloneY(shared), Japan: cloneY(shared) };
    const before = { Brazil: readY(shared), Japan: readY(shared) };
    for (const actor of [BRAZIL, JAPAN]) {
      const client = clients[actor.party as 'Brazil' | 'Japan'];
      const state = EditorState.create({ doc: readY(client) });
      const pos = posOf(state.doc, 'Parties are invited') - 2;
      const size = state.doc.nodeAt(pos)?.nodeSize ?? 0;
      const proposed = suggest(state, actor, (tr) => tr.delete(pos, pos + size)).doc;
      writeY(client, proposed);
      before[actor.party as 'Brazil' | 'Japan'] = proposed;
    }
    syncY(clients.Brazil, clients.Japan);
    const survivor = listAmendments(readY(clients.Brazil)).map((a) => a.party);
    const loser = survivor.includes('Brazil') ? 'Japan' : 'Brazil';
    return { clients, before, survivor, loser } as const;
  }

  it('puts back a Party’s block proposal that a concurrent proposal on the same block overwrote', () => {
    const { clients, before, survivor, loser } = bothDeleteDecisionBB();
    expect(survivor).toHaveLength(1);
    const client = clients[loser];
    const tr = restoreLostBlockEntries(before[loser], EditorState.create({ doc: readY(client) }), loser, new Map());
    writeY(client, tr?.doc ?? readY(client));
    syncY(clients.Brazil, clients.Japan);
    for (const doc of [readY(clients.Brazil), readY(clients.Japan)]) {
      expect(
        listAmendments(doc)
          .map((a) => a.description)
          .sort(),
      ).toEqual(['Brazil: delete decision 15.BB', 'Japan: delete decision 15.BB']);
    }
  });

  it('leaves out what the chair decided', () => {
    const { clients, before, loser } = bothDeleteDecisionBB();
    const id = listAmendments(before[loser])[0]?.id ?? '';
    const decided = new Map([[id, { status: 'rejected' } as AmendmentRecord]]);
    const state = EditorState.create({ doc: readY(clients[loser]) });
    expect(restoreLostBlockEntries(before[loser], state, loser, decided)).toBeNull();
    expect(restoreLostBlockEntries(before[loser], state, loser, new Map())).not.toBeNull();
  });
});

describe('known limitation of Yjs rich text', () => {
  /**
   * Yjs formatting expands: text inserted concurrently at the edge of a formatted range takes the format of
   * the range. Japan replaces "a" while Norway types "and adopt" right before it; after the merge one Party's
   * mark covers the other's words (which one depends on the client ids), so attribution and the base text go
   * wrong. No client can tell this from a real proposal afterwards; the server guard must refuse the update
   * that changes another Party's amendment (fingerprints of attrs AND covered text), and that client resyncs.
   * Expected to fail until the binding stops formats from expanding; it fails loudly when that changes.
   */
  it.fails('keeps each Party’s marks on its own words when both type at one spot at once', () => {
    for (const [japanId, norwayId] of [
      [1, 2],
      [2, 1],
    ]) {
      const base = stateOf().doc;
      const [japan, norway] = [cloneY(yDocOf(base)), cloneY(yDocOf(base))];
      japan.clientID = japanId as number;
      norway.clientID = norwayId as number;
      const at = posOf(base, 'develop');
      const japanState = EditorState.create({ doc: readY(japan) });
      const selected = japanState.apply(japanState.tr.setSelection(TextSelection.create(japanState.doc, at, at + 1)));
      writeY(japan, suggest(selected, JAPAN, (tr) => tr.insertText('D')).doc);
      const norwayState = EditorState.create({ doc: readY(norway) });
      const cursor = norwayState.apply(norwayState.tr.setSelection(TextSelection.create(norwayState.doc, at)));
      writeY(norway, suggest(cursor, NORWAY, (tr) => tr.insertText('swiftly d')).doc);
      syncY(japan, norway);
      expect(
        listAmendments(readY(japan))
          .map((a) => a.description)
          .sort(),
      ).toEqual(["Japan: replace 'd' with 'D'", "Norway: insert 'swiftly d'"]);
      expect(printed(baseText(readY(japan)))).toBe(printed(base));
    }
  });
});
