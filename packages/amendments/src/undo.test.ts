import { Y_CONTENT } from '@draftroom/protocol';
import { history, redo, undo } from '@tiptap/pm/history';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listAmendments } from './listAmendments.ts';
import { at, BRAZIL, posOf, printed, rangeOf, stateOf, suggest } from './testing/fixtures.ts';
import { readY, writeY, yDocOf } from './testing/yjs.ts';

function withHistory(): EditorState {
  const plain = stateOf();
  return EditorState.create({ doc: plain.doc, plugins: [history()] });
}

function run(state: EditorState, command: typeof undo): EditorState {
  let next = state;
  command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return next;
}

describe('undo and redo in suggesting mode', () => {
  it('prosemirror-history undoes typed proposals and redoes them, ids and all', () => {
    const base = withHistory();
    let state = at(base, posOf(base.doc, ' a policy'));
    for (const char of ' and adopt') state = suggest(state, BRAZIL, (tr) => tr.insertText(char));
    const proposed = state.doc;
    state = run(state, undo);
    expect(state.doc.eq(base.doc)).toBe(true);
    state = run(state, redo);
    expect(state.doc.eq(proposed)).toBe(true);
    expect(listAmendments(state.doc).map((a) => a.description)).toEqual(["Brazil: insert 'and adopt'"]);
  });

  it('undoes a replacement, then a paragraph break, one step at a time', () => {
    const base = withHistory();
    const word = rangeOf(base.doc, 'develop');
    let state = suggest(at(base, word.from, word.to), BRAZIL, (tr) => tr.insertText('prepare'));
    const replaced = state.doc;
    // A later, separate edit: history groups edits closer than 500 ms.
    const split = posOf(state.doc, ' on partnerships');
    state = suggest(at(state, split), BRAZIL, (tr) => tr.split(split).setTime(Date.now() + 1000));
    expect(listAmendments(state.doc).map((a) => a.kind)).toEqual(['replace', 'split']);
    state = run(state, undo);
    expect(state.doc.eq(replaced)).toBe(true);
    state = run(state, undo);
    expect(state.doc.eq(base.doc)).toBe(true);
  });

  it('undoes a struck deletion: the text loses its mark', () => {
    const base = withHistory();
    const word = rangeOf(base.doc, 'develop');
    let state = suggest(at(base, word.from, word.to), BRAZIL, (tr) => tr.deleteSelection());
    expect(listAmendments(state.doc)).toHaveLength(1);
    state = run(state, undo);
    expect(state.doc.eq(base.doc)).toBe(true);
  });

  it('Y.UndoManager (y-tiptap’s undo) reverts a split and a replacement to the base text', () => {
    const base = stateOf();
    const ydoc = yDocOf(base.doc);
    const manager = new Y.UndoManager(ydoc.getXmlFragment(Y_CONTENT), { trackedOrigins: new Set([ySyncPluginKey]) });
    let state = EditorState.create({ doc: readY(ydoc) });
    const word = rangeOf(state.doc, 'develop');
    state = suggest(at(state, word.from, word.to), BRAZIL, (tr) => tr.insertText('prepare'));
    writeY(ydoc, state.doc);
    manager.stopCapturing();
    const split = posOf(state.doc, ' on partnerships');
    state = suggest(at(state, split), BRAZIL, (tr) => tr.split(split));
    writeY(ydoc, state.doc);
    expect(listAmendments(readY(ydoc)).map((a) => a.kind)).toEqual(['replace', 'split']);
    manager.undo();
    expect(listAmendments(readY(ydoc)).map((a) => a.kind)).toEqual(['replace']);
    manager.undo();
    expect(listAmendments(readY(ydoc))).toEqual([]);
    expect(printed(readY(ydoc))).toBe(printed(base.doc));
    manager.redo();
    manager.redo();
    expect(listAmendments(readY(ydoc)).map((a) => a.description)).toEqual([
      "Brazil: replace 'develop' with 'prepare'",
      "Brazil: start a new paragraph at 'on partnerships.'",
    ]);
  });
});
