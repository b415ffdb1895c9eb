import { addresseeGroup, decision, doc, draftSchema, paragraph, topic } from '@draftroom/document-model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { posOf } from '../amendments/testDocument.ts';
import { shownOutlineOf } from './Outline.tsx';

function stateOf(): EditorState {
  const json = doc([
    topic('Culture', [
      addresseeGroup(
        ['Parties'],
        [decision('14.AA', [paragraph('Parties shall review.')]), decision('', [paragraph('Unnumbered text here')])],
      ),
    ]),
  ]);
  return EditorState.create({ doc: draftSchema.nodeFromJSON(json) });
}

const texts = (state: EditorState) => shownOutlineOf(state.doc).map((item) => item.text);

describe('the outline after a keystroke', () => {
  it('is kept as it was when the text typed cannot show in it', () => {
    const state = stateOf();
    const before = shownOutlineOf(state.doc);
    const typed = state.apply(state.tr.insertText('all ', posOf(state.doc, 'review')));
    expect(shownOutlineOf(typed.doc)).toBe(before);
  });

  it('follows a topic heading and the words of an unnumbered decision', () => {
    let state = stateOf();
    expect(texts(state)).toEqual(['Culture', '14.AA', 'Unnumbered text here']);
    state = state.apply(state.tr.insertText('Shared ', posOf(state.doc, 'Culture')));
    expect(texts(state)).toEqual(['Shared Culture', '14.AA', 'Unnumbered text here']);
    state = state.apply(state.tr.insertText('New ', posOf(state.doc, 'Unnumbered')));
    expect(texts(state)).toEqual(['Shared Culture', '14.AA', 'New Unnumbered text…']);
  });
});
