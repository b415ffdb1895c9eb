import { listAmendments } from '@draftroom/amendments';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { BRAZIL, posOf, proposedState, suggest } from '../amendments/testDocument.ts';
import { AmendmentDecorations, amendmentDecorationsKey, buildAmendmentDecorations } from './amendmentDecorations.ts';

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

  it('keeps the blocks’ proposals in place while text is typed, as a rebuild would draw them', () => {
    let state = proposedState();
    const at = posOf(state.doc, ' review');
    state = suggest(state, BRAZIL, at, at, (tr) => tr.split(tr.selection.from));
    const plugin = AmendmentDecorations.config.addProseMirrorPlugins?.call({} as never) ?? [];
    state = EditorState.create({ doc: state.doc, plugins: plugin });
    for (const word of ['Further ', 'also ']) {
      state = state.apply(state.tr.insertText(word, posOf(state.doc, 'Cultural values')));
      expect(drawn(amendmentDecorationsKey.getState(state)?.set)).toEqual(
        drawn(buildAmendmentDecorations(state.doc, null)),
      );
    }
    expect(drawn(amendmentDecorationsKey.getState(state)?.set).length).toBeGreaterThan(0);
  });
});

describe('the current amendment’s highlight while its proposer types in it', () => {
  it('follows the text typed, as a rebuild would draw it', () => {
    const plugin = AmendmentDecorations.config.addProseMirrorPlugins?.call({} as never) ?? [];
    let state = EditorState.create({ doc: proposedState().doc, plugins: plugin });
    const inside = posOf(state.doc, 'repare');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inside)));
    const current = amendmentDecorationsKey.getState(state)?.current ?? null;
    expect(current).not.toBeNull();
    for (const word of ['x', 'yz', ' and']) {
      state = state.apply(state.tr.insertText(word).setMeta(amendmentDecorationsKey, { current }));
      expect(drawn(amendmentDecorationsKey.getState(state)?.set)).toEqual(
        drawn(buildAmendmentDecorations(state.doc, current)),
      );
    }
    expect(drawn(amendmentDecorationsKey.getState(state)?.set).length).toBeGreaterThan(0);
  });
});

function drawn(set: DecorationSet | undefined): unknown[] {
  return (set?.find() ?? []).map((d) => ({
    from: d.from,
    to: d.to,
    attrs: (d as unknown as { type: { attrs?: unknown } }).type.attrs ?? null,
    key: (d.spec as { key?: string }).key ?? null,
  }));
}
