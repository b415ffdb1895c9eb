import { addresseeGroup, decision, doc, draftSchema, paragraph, subParagraph, topic } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { posOf } from '../amendments/testDocument.ts';
import { buildLabelDecorations, LabelDecorations, labelDecorationsKey } from './labelDecorations.ts';
import { buildPlaceholders, PlaceholderDecorations, placeholderDecorationsKey } from './placeholderDecorations.ts';

const text = (value: string) => (value ? [{ type: 'text', text: value }] : []);

function testDoc(): PMNode {
  return draftSchema.nodeFromJSON(
    doc([
      topic('Culture', [
        addresseeGroup(
          ['Parties'],
          [
            decision('14.AA', [
              paragraph('Parties are encouraged to:'),
              subParagraph('review values;', 1),
              subParagraph('report;', 1),
              subParagraph('', 2),
            ]),
          ],
        ),
        {
          type: 'resolution',
          attrs: { id: 'r-1' },
          content: [
            { type: 'preambular', attrs: { id: 'pr-1' }, content: text('Recalling Resolution 12.1,') },
            { type: 'operative', attrs: { id: 'op-1' }, content: text('Requests the Secretariat to act;') },
          ],
        },
      ]),
    ]),
  );
}

/** The plugins' state as drawn: every decoration with its range and attributes, in order. */
function drawn(set: DecorationSet | undefined): unknown[] {
  return (set?.find() ?? [])
    .map((d) => ({ from: d.from, to: d.to, attrs: (d as unknown as { type: { attrs: unknown } }).type.attrs }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

function stateOf(): EditorState {
  const extensions = [LabelDecorations, PlaceholderDecorations];
  const plugins = extensions.flatMap((extension) => extension.config.addProseMirrorPlugins?.call({} as never) ?? []);
  return EditorState.create({ doc: testDoc(), plugins });
}

function expectAsIfRebuilt(state: EditorState): void {
  expect(drawn(labelDecorationsKey.getState(state))).toEqual(drawn(buildLabelDecorations(state.doc)));
  expect(drawn(placeholderDecorationsKey.getState(state))).toEqual(drawn(buildPlaceholders(state.doc)));
}

describe('label and placeholder decorations kept up to date', () => {
  const edits: [string, (state: EditorState) => Transaction][] = [
    ['typing in a sub-paragraph', (s) => s.tr.insertText('all ', posOf(s.doc, 'values'))],
    ['typing into an empty sub-paragraph', (s) => s.tr.insertText('x', posOf(s.doc, 'report;') + 9)],
    ['emptying a paragraph', (s) => s.tr.delete(posOf(s.doc, 'report;'), posOf(s.doc, 'report;') + 7)],
    ['changing the opening words', (s) => s.tr.insertText('Also ', posOf(s.doc, 'Requests'))],
    ['splitting a sub-paragraph', (s) => s.tr.split(posOf(s.doc, 'values'))],
    ['a new level', (s) => s.tr.setNodeAttribute(posOf(s.doc, 'report;') - 1, 'level', 2)],
  ];

  for (const [name, edit] of edits) {
    it(`after ${name}, as if rebuilt`, () => {
      let state = stateOf();
      state = state.apply(edit(state));
      expectAsIfRebuilt(state);
      // And the edit after that, from the state kept so far.
      state = state.apply(state.tr.insertText('z', posOf(state.doc, 'Parties are') + 1));
      expectAsIfRebuilt(state);
    });
  }
});
