import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './Actor.ts';
import { baseText } from './baseText.ts';
import { collectAmendmentParts } from './collectAmendmentParts.ts';
import { BRAZIL, JAPAN, NORWAY, printed } from './testing/fixtures.ts';
import { applyEdit, arbitraryDocument, arbitraryEdit, type Edit } from './testing/randomEdits.ts';
import { cloneY, readY, syncY, writeY, yDocOf } from './testing/yjs.ts';

const RUNS = { numRuns: Number(process.env.AMENDMENT_RUNS ?? 100) };
const editsOf = (actor: Actor) => fc.array(arbitraryEdit(fc.constant(actor)), { maxLength: 6 });

/** Who each amendment id in a document belongs to: `id → "party|author|createdAt"` values seen. */
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

describe('three delegations editing at once on three clients', () => {
  it('never share an amendment id, converge, and keep every amendment and the base text', () => {
    fc.assert(
      fc.property(arbitraryDocument, editsOf(BRAZIL), editsOf(JAPAN), editsOf(NORWAY), (base, ...perClient) => {
        const shared = yDocOf(base);
        const clients = perClient.map(() => cloneY(shared));
        const local = clients.map((client, i) => {
          editLocally(client, perClient[i] ?? []);
          return readY(client);
        });
        for (const client of clients) syncY(shared, client);
        for (const client of clients) syncY(shared, client);
        const merged = clients.map(readY);
        for (const doc of merged) expect(doc.eq(readY(shared))).toBe(true);

        const before = owners(local);
        for (const [id, who] of before) expect(who.size, `id ${id} used by ${[...who].join(', ')}`).toBe(1);
        const after = owners([readY(shared)]);
        for (const [id, who] of after) expect(who.size).toBe(1);
        expect([...before.keys()].filter((id) => !after.has(id))).toEqual([]);
        expect(printed(baseText(readY(shared)))).toBe(printed(base));
      }),
      RUNS,
    );
  });
});
