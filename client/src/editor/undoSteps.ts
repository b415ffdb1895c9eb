import { Extension } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/**
 * Undo goes one proposal at a time: Yjs's undo manager merges every change made within half a second into one
 * step, so a delegate who replaces a word and then, a moment later, deletes another elsewhere would lose both
 * to one Ctrl+Z. Moving the cursor (without typing) closes the current step.
 */
export const UndoSteps = Extension.create({
  name: 'undoSteps',
  onSelectionUpdate({ transaction }) {
    if (transaction.docChanged) return;
    const manager = (yUndoPluginKey.getState(this.editor.state) as { undoManager?: Y.UndoManager } | undefined)
      ?.undoManager;
    manager?.stopCapturing();
  },
});
