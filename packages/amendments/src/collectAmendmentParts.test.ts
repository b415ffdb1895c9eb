import { draftSchema } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendmentPartsAt, collectAmendmentParts } from './collectAmendmentParts.ts';
import { applyEdit, arbitraryDocument, arbitraryEdit, edited } from './testing/randomEdits.ts';

/** The same document made of new nodes, so that nothing read before is reused. */
const fresh = (doc: PMNode) => draftSchema.nodeFromJSON(doc.toJSON());

describe('collectAmendmentParts', () => {
  it('reads every document of an editing session as it would read it afresh, reusing untouched blocks', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.array(arbitraryEdit(), { maxLength: 12 }), (base, edits) => {
        let state = EditorState.create({ doc: base });
        collectAmendmentParts(state.doc);
        for (const edit of edits) {
          state = applyEdit(state, edit);
          expect(collectAmendmentParts(state.doc)).toEqual(collectAmendmentParts(fresh(state.doc)));
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('returns new part objects on each call', () => {
    const doc = fc.sample(arbitraryDocument, { numRuns: 1, seed: 1 })[0] as PMNode;
    const first = collectAmendmentParts(doc);
    for (const part of first) part.from = -1;
    expect(collectAmendmentParts(doc).every((part) => part.from >= 0)).toBe(true);
  });

  it('finds the parts that hold a position as a read of the whole document does', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.array(arbitraryEdit(), { maxLength: 8 }), (base, edits) => {
        const doc = edited(base, edits);
        const all = collectAmendmentParts(doc);
        for (let pos = 0; pos <= doc.content.size; pos++) {
          expect(amendmentPartsAt(doc, pos)).toEqual(all.filter((part) => part.from <= pos && pos <= part.to));
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('gives the parts of some amendments as a whole read does', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.array(arbitraryEdit(), { maxLength: 8 }), (base, edits) => {
        const doc = edited(base, edits);
        const all = collectAmendmentParts(doc);
        const some = new Set(all.filter((_, index) => index % 2 === 0).map((part) => part.amendmentId));
        expect(collectAmendmentParts(doc, some)).toEqual(all.filter((part) => some.has(part.amendmentId)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
