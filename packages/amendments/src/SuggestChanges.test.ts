import { documentNodes } from '@draftroom/document-model';
import { Editor } from '@tiptap/core';
import { history, undo } from '@tiptap/pm/history';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { baseText } from './baseText.ts';
import { listAmendments } from './listAmendments.ts';
import { SuggestChanges } from './SuggestChanges.ts';
import { BRAZIL, draftJSON, posOf, printed, stateOf } from './testing/fixtures.ts';

/** Plain text content: a string would be parsed as HTML, which needs a DOM. */
const text = (value: string) => ({ type: 'text', text: value });

let editor: Editor | null = null;

type Dispatch = (tr: Transaction) => void;

/**
 * A headless editor with undo history, whose dispatch runs the extensions' dispatchTransaction hooks, as a mounted editor's view
 * does (TipTap composes them in createView; without a DOM, the stand-in view skips them).
 */
function open(enabled = true): Editor {
  const created = new Editor({
    element: null,
    extensions: [...documentNodes, SuggestChanges.configure({ actor: BRAZIL, enabled })],
    content: draftJSON(),
  });
  // Without a view, extension plugins are not installed: the history plugin is registered by hand.
  created.registerPlugin(history());
  const inner = created as unknown as { dispatchTransaction: Dispatch };
  const base = inner.dispatchTransaction.bind(created);
  inner.dispatchTransaction = created.extensionManager.dispatchTransaction(base);
  editor = created;
  return created;
}

function place(target: Editor, from: number, to = from): void {
  target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, from, to)));
}

afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('SuggestChanges: the TipTap extension with the editor’s own commands', () => {
  it('tracks insertContent, deleteSelection, splitBlock and joinBackward, and undo restores the base', () => {
    const target = open();
    const base = target.state.doc;
    place(target, posOf(base, 'develop'), posOf(base, 'develop') + 'develop'.length);
    target.commands.insertContent(text('prepare'));
    place(target, posOf(target.state.doc, ' on partnerships'));
    target.commands.splitBlock();
    target.commands.insertContent(text('new '));
    place(target, posOf(target.state.doc, 'consult'));
    target.commands.joinBackward();
    const kinds = listAmendments(target.state.doc).map((a) => `${a.party}:${a.kind}`);
    expect(kinds).toEqual(['Brazil:replace', 'Brazil:insert', 'Brazil:join']);
    expect(printed(baseText(target.state.doc))).toBe(printed(base));
    while (undo(target.state, target.view.dispatch));
    expect(target.state.doc.eq(base)).toBe(true);
  });

  it('can be switched off at run time for the chair', () => {
    const target = open(false);
    place(target, posOf(target.state.doc, 'develop'));
    target.commands.insertContent(text('quickly '));
    expect(listAmendments(target.state.doc)).toEqual([]);
    target.storage.suggestChanges.enabled = true;
    target.commands.insertContent(text('and '));
    expect(listAmendments(target.state.doc).map((a) => a.description)).toEqual(["Brazil: insert 'and'"]);
    expect(printed(target.state.doc)).toContain('shall quickly and develop');
    expect(printed(stateOf().doc)).not.toContain('quickly');
  });
});
