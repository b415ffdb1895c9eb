import { Extension } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/**
 * Undo goes one proposal at a time: Yjs's undo manager merges every change made within half a second into one
 * step, so a delegate who replaces a word and then, a moment later, deletes another elsewhere would lose both
 * to one Ctrl+Z. Moving the cursor (without typing) closes the current step.
 */
function undoManagerOf(state: EditorState): Y.UndoManager | undefined {
  return (yUndoPluginKey.getState(state) as { undoManager?: Y.UndoManager } | undefined)?.undoManager;
}

/**
 * Whether there is a step to undo and one to redo: what `editor.can().undo()` answers, without building every
 * command of the editor to ask (the toolbar asks after each keystroke).
 */
export function undoSteps(state: EditorState): { undo: boolean; redo: boolean } {
  const manager = undoManagerOf(state);
  return { undo: (manager?.undoStack.length ?? 0) > 0, redo: (manager?.redoStack.length ?? 0) > 0 };
}

export const UndoSteps = Extension.create({
  name: 'undoSteps',
  onSelectionUpdate({ transaction }) {
    if (transaction.docChanged) return;
    undoManagerOf(this.editor.state)?.stopCapturing();
  },
});
