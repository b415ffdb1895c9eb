import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import { type EditorState, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import { AttrStep, Mapping, ReplaceStep, type Step } from '@tiptap/pm/transform';
import type { Actor } from './Actor.ts';
import { AMENDMENTS_META, type AmendmentsMeta } from './amendmentsMeta.ts';
import { isExemptTransaction } from './isExemptTransaction.ts';
import { markupChangeOf } from './markupChangeOf.ts';
import { SuggestContext, type SuggestOptions } from './SuggestContext.ts';
import { trackAttrChange } from './trackAttrChange.ts';
import { trackDeletion } from './trackDeletion.ts';
import { trackInsertion } from './trackInsertion.ts';

/** Where the cursor should go after a tracked step, in the tracked document as it was after that step. */
interface CursorHint {
  pos: number;
  afterStep: number;
  /**
   * For an insertion: where it went in the tracked document (`start`), and the range the user's own step
   * filled in the user's document right after that step (`userFrom`, `userTo`, step number `step`).
   */
  inserted?: { start: number; userFrom: number; userTo: number; step: number };
}

/** Maps positions of the user's document after step `index - 1` to the tracked document as it is now. */
function rebase(tr: Transaction, index: number, tracked: Transaction): Mapping {
  const mapping = new Mapping();
  for (let i = index - 1; i >= 0; i--) mapping.appendMap((tr.steps[i] as Step).getMap().invert());
  mapping.appendMapping(tracked.mapping);
  return mapping;
}

function hasInlineContent(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    found ||= node.isInline;
    return !found;
  });
  return found;
}

/** Backspace: the cursor sat at the end of what it deleted. It then stays before the struck text. */
function isBackward(state: EditorState, step: ReplaceStep): boolean {
  return state.selection.empty && state.selection.head === step.to;
}

function trackReplace(
  state: EditorState,
  tracked: Transaction,
  step: ReplaceStep,
  toTracked: Mapping,
  ctx: SuggestContext,
  index: number,
): CursorHint | null {
  // A deletion across blocks that cannot join (a heading and a paragraph) comes with empty nodes the schema
  // needs to close the gap; they are no proposal. The tracked deletion keeps the structure, and accepting
  // its joins later fits the content the same way.
  const inserting = step.slice.size > 0 && (step.from === step.to || hasInlineContent(step.slice));
  const from = toTracked.map(step.from, 1);
  const to = step.from === step.to ? from : Math.max(from, toTracked.map(step.to, -1));
  const start = tracked.steps.length;
  if (to > from) trackDeletion(tracked, from, to, ctx);
  const afterDeletion = tracked.mapping.slice(start);
  // The insertion goes after the struck text: a replacement reads "[old][new]".
  const at = afterDeletion.map(to, 1);
  if (inserting) {
    const inserted = trackInsertion(tracked, at, step.slice, ctx);
    if (!inserted) return null;
    const userRange = { userFrom: step.from, userTo: step.from + step.slice.size, step: index };
    return { pos: inserted.end, afterStep: tracked.steps.length, inserted: { start: inserted.start, ...userRange } };
  }
  const pos = isBackward(state, step) ? afterDeletion.map(from, -1) : at;
  return { pos, afterStep: tracked.steps.length };
}

function trackAttrs(tracked: Transaction, pos: number, attrs: [string, unknown][], ctx: SuggestContext): boolean {
  return attrs.map(([name, value]) => trackAttrChange(tracked, pos, name, value, ctx)).some(Boolean);
}

/** One step of the user's transaction, tracked; false when suggesting mode refuses that kind of step. */
function trackStep(
  state: EditorState,
  tr: Transaction,
  index: number,
  tracked: Transaction,
  ctx: SuggestContext,
): { tracked: boolean; hint: CursorHint | null } {
  const step = tr.steps[index] as Step;
  const toTracked = rebase(tr, index, tracked);
  if (step instanceof ReplaceStep) {
    return { tracked: true, hint: trackReplace(state, tracked, step, toTracked, ctx, index) };
  }
  if (step instanceof AttrStep) {
    return { tracked: trackAttrChange(tracked, toTracked.map(step.pos, 1), step.attr, step.value, ctx), hint: null };
  }
  const markup = markupChangeOf(step, tr.docs[index] as PMNode);
  if (markup) return { tracked: trackAttrs(tracked, toTracked.map(markup.pos, 1), markup.attrs, ctx), hint: null };
  // Formatting (marks), block type changes, lifts and wraps are not proposals a Party can make here.
  return { tracked: false, hint: null };
}

/** Where the user's final cursor lies inside the content its insertion step added, if it does (strictly). */
function offsetInInsertion(tr: Transaction, inserted: NonNullable<CursorHint['inserted']>): number | null {
  let head = tr.selection.head;
  for (let i = tr.steps.length - 1; i > inserted.step; i--) head = (tr.steps[i] as Step).getMap().invert().map(head);
  return inserted.userFrom < head && head < inserted.userTo ? head - inserted.userFrom : null;
}

function placeCursor(tr: Transaction, tracked: Transaction, hint: CursorHint | null): void {
  if (hint && tr.selection.empty) {
    const later = tracked.mapping.slice(hint.afterStep);
    // A command that inserts a block and puts the cursor inside it (a new decision, a new sub-paragraph) keeps
    // its cursor there; typing leaves the cursor at the end of what it inserted, where the hint is anyway.
    const within = hint.inserted ? offsetInInsertion(tr, hint.inserted) : null;
    const pos = within !== null && hint.inserted ? hint.inserted.start + within : hint.pos;
    tracked.setSelection(Selection.near(tracked.doc.resolve(later.map(pos))));
    return;
  }
  const toTracked = rebase(tr, tr.steps.length, tracked);
  try {
    tracked.setSelection(tr.selection.map(tracked.doc, toTracked));
  } catch {
    tracked.setSelection(
      TextSelection.near(tracked.doc.resolve(Math.min(tr.selection.head, tracked.doc.content.size))),
    );
  }
}

/** Meta the view and other plugins read from the user's transaction, carried over to the tracked one. */
const CARRIED_META = ['addToHistory', 'paste', 'uiEvent', 'inputType', 'composition'];

/**
 * Suggesting mode as a transaction transform: the user's transaction `tr` (on `state`) becomes one that
 * proposes the same change in the name of `actor` — typed text is marked inserted, deleted text struck
 * through, typing over a selection one replacement, Enter a proposed paragraph break, a changed number or
 * addressee list a proposed value. The actor's own pending insertions are edited for real.
 *
 * Returns `tr` itself when there is nothing to track (no change, a remote or undo transaction, the engine's
 * own), and null when every step was of a kind suggesting mode refuses (formatting, block type changes):
 * the caller then drops it.
 */
export function suggestTransaction(
  state: EditorState,
  tr: Transaction,
  actor: Actor,
  options: SuggestOptions = {},
): Transaction | null {
  if (!tr.docChanged || isExemptTransaction(tr)) return tr;
  const ctx = new SuggestContext(actor, options);
  const tracked = state.tr;
  let hint: CursorHint | null = null;
  let trackedAny = false;
  for (let index = 0; index < tr.steps.length; index++) {
    const result = trackStep(state, tr, index, tracked, ctx);
    trackedAny ||= result.tracked;
    hint = result.hint ?? hint;
  }
  if (!trackedAny) return null;
  placeCursor(tr, tracked, hint);
  for (const key of CARRIED_META) {
    const value: unknown = tr.getMeta(key);
    if (value !== undefined) tracked.setMeta(key, value);
  }
  if (tr.scrolledIntoView) tracked.scrollIntoView();
  tracked.setTime(tr.time);
  const meta: AmendmentsMeta = { type: 'tracked' };
  return tracked.setMeta(AMENDMENTS_META, meta);
}
