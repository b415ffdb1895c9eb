import { draftSchema } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAmendmentRecords } from './amendmentRecords.ts';
import { amendmentsWithRecords } from './amendmentsWithRecords.ts';
import { reconcileRecords } from './reconcileRecords.ts';
import { applyEdit, arbitraryDocument, arbitraryEdit } from './testing/randomEdits.ts';

/**
 * What the editor's panel and the exports show of every amendment: those in the text as the text says them,
 * with their record's status and history; those out of it as their record remembers them.
 */
const shown = (doc: PMNode, ydoc: Y.Doc) =>
  amendmentsWithRecords(doc, readAmendmentRecords(ydoc)).map(({ record, ...amendment }) => ({
    ...amendment,
    history: record?.history ?? [],
  }));

/** The same document made of new nodes: nothing is shared with the one before, so every amendment is read. */
const fresh = (doc: PMNode) => draftSchema.nodeFromJSON(doc.toJSON());

describe('reconcileRecords after typing', () => {
  it('shows the same amendments, statuses and histories reading only the blocks typed in as reading them all', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.array(arbitraryEdit(), { maxLength: 12 }), (base, edits) => {
        const scoped = new Y.Doc();
        const whole = new Y.Doc();
        let state = EditorState.create({ doc: base });
        for (const [index, edit] of edits.entries()) {
          const next = applyEdit(state, edit);
          const decider = { by: edit.actor.author, party: edit.actor.party };
          const at = new Date(Date.UTC(2026, 10, 28, 9, index)).toISOString();
          reconcileRecords(scoped, state.doc, next.doc, decider, { at });
          reconcileRecords(whole, fresh(state.doc), fresh(next.doc), decider, { at });
          expect(shown(next.doc, scoped)).toEqual(shown(next.doc, whole));
          state = next;
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
