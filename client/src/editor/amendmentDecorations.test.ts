import { listAmendments } from '@draftroom/amendments';
import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { BRAZIL, posOf, proposedState, suggest } from '../amendments/testDocument.ts';
import { buildAmendmentDecorations } from './amendmentDecorations.ts';

describe('amendments drawn on the text', () => {
  it('marks a proposed paragraph break in the margin and highlights the current amendment', () => {
    let state = proposedState();
    const at = posOf(state.doc, ' review');
    state = suggest(state, BRAZIL, at, at, (tr) => tr.split(tr.selection.from));
    const split = listAmendments(state.doc).find((a) => a.kind === 'split');
    expect(split?.description).toMatch(/^Brazil: start a new paragraph at 'review/);
    const set = buildAmendmentDecorations(state.doc, split?.id ?? null);
    const found = set.find();
    const specs = found.map((d) => (d as unknown as { type: { attrs?: Record<string, string> } }).type.attrs ?? {});
    expect(specs.some((attrs) => attrs.class?.includes('block-amend--current'))).toBe(true);
    // One widget: the margin note of the split.
    expect(found.filter((d) => (d as unknown as { type: { toDOM?: unknown } }).type.toDOM).length).toBe(1);
    expect(TextSelection.create(state.doc, at).from).toBe(at);
  });

  it('draws nothing extra when no amendment is current and all are inline', () => {
    expect(buildAmendmentDecorations(proposedState().doc, null).find()).toEqual([]);
  });
});
