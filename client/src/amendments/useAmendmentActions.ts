import {
  type Amendment,
  type AmendmentFilter,
  listAmendments,
  readAmendmentRecords,
  recordStatus,
  setRationale,
  setStance,
  type Verdict,
} from '@draftroom/amendments';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { setCurrentAmendment } from '../editor/amendmentDecorations.ts';
import { decideAmendments } from '../editor/commands/decideAmendments.ts';
import { withdrawAmendment } from '../editor/commands/withdrawAmendment.ts';
import type { AmendmentIdentity } from './amendmentIdentity.ts';
import { currentAfterDecision, navigationOrder, stepAmendment } from './navigation.ts';
import { scrollToPosition } from './scrollToPosition.ts';

export interface AmendmentActions {
  /** Makes an amendment current: the cursor goes into it and the text scrolls to it. */
  select(id: string): void;
  /** Moves to the next (+1) or previous (-1) pending amendment; false when there is none. */
  step(direction: 1 | -1, current: string | null): boolean;
  /** Accepts or rejects one amendment, records who and when, and moves to the next one. */
  decide(verdict: Verdict, id: string): boolean;
  /** Accepts or rejects every pending amendment in scope; returns how many. */
  decideMany(verdict: Verdict, scope: AmendmentFilter): number;
  withdraw(id: string): boolean;
  setStance(id: string, stance: 'support' | 'oppose' | null): void;
  setRationale(id: string, rationale: string): void;
}

const STATUS: Record<Verdict, 'accepted' | 'rejected'> = { accept: 'accepted', reject: 'rejected' };

/**
 * What the panel, the popover and the keys do with amendments. Positions are always read from the editor's
 * state at the moment of acting, never from a list drawn a frame ago. `keep` is the panel's delegation and
 * decision filter, which the keyboard walk follows.
 */
export function useAmendmentActions(
  editor: Editor,
  ydoc: Y.Doc,
  identity: AmendmentIdentity,
  keep: (amendment: Amendment) => boolean,
): AmendmentActions {
  const keepRef = useRef(keep);
  keepRef.current = keep;

  return useMemo(() => {
    const order = () =>
      navigationOrder(listAmendments(editor.state.doc, {}, readAmendmentRecords(ydoc)), (a) => keepRef.current(a));

    const select = (id: string) => {
      const [amendment] = listAmendments(editor.state.doc, { ids: [id] });
      const part = amendment?.parts[0];
      const tr = editor.state.tr;
      let target: number | null = null;
      if (part) {
        target = part.block === null ? Math.min(part.from + 1, part.to) : part.from + 1;
        tr.setSelection(TextSelection.near(tr.doc.resolve(target)));
      }
      editor.view.dispatch(setCurrentAmendment(tr, id));
      if (target !== null) {
        const pos = target;
        requestAnimationFrame(() => !editor.isDestroyed && scrollToPosition(editor.view, pos));
      }
    };

    const decide = (verdict: Verdict, id: string) => {
      const before = order();
      if (listAmendments(editor.state.doc, { ids: [id] }).length === 0) return false;
      // The verdict goes into the record before the text changes, so that every screen that sees the text
      // resolved already knows it was decided (and no one puts a decided proposal back).
      recordStatus(ydoc, [id], STATUS[verdict], identity.decider);
      decideAmendments(verdict, { ids: [id] })(editor.state, editor.view.dispatch);
      const next = currentAfterDecision(before, id, order());
      if (next) select(next);
      else editor.view.dispatch(setCurrentAmendment(editor.state.tr, null));
      return true;
    };

    const decideMany = (verdict: Verdict, scope: AmendmentFilter) => {
      const ids = listAmendments(editor.state.doc, scope, readAmendmentRecords(ydoc)).map((a) => a.id);
      if (ids.length === 0) return 0;
      recordStatus(ydoc, ids, STATUS[verdict], identity.decider);
      decideAmendments(verdict, { ids })(editor.state, editor.view.dispatch);
      return ids.length;
    };

    return {
      select,
      step: (direction, current) => {
        const next = stepAmendment(order(), current, direction);
        if (next === null) return false;
        select(next);
        return true;
      },
      decide,
      decideMany,
      withdraw: (id) => withdrawAmendment(id)(editor.state, editor.view.dispatch),
      setStance: (id, stance) => {
        if (identity.party) setStance(ydoc, id, identity.party, stance);
      },
      setRationale: (id, rationale) => {
        const party = identity.party ?? identity.actor?.party;
        if (party) setRationale(ydoc, id, party, rationale);
      },
    };
  }, [editor, ydoc, identity]);
}
