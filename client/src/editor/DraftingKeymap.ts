import { Extension } from '@tiptap/core';
import type { Command, EditorState } from '@tiptap/pm/state';
import { addDecision } from './commands/addDecision.ts';
import { addSubParagraph } from './commands/addSubParagraph.ts';
import { indentSubParagraph, outdentSubParagraph } from './commands/changeSubParagraphLevel.ts';
import { findAncestor } from './commands/findAncestor.ts';
import { leaveTopicHeading } from './commands/leaveTopicHeading.ts';
import { splitSubParagraph } from './commands/splitSubParagraph.ts';
import type { EditorRequests } from './editorRequests.ts';
import { SHORTCUTS } from './shortcuts.ts';

export interface DraftingKeymapOptions {
  requests: EditorRequests | null;
}

/**
 * Tab inside a decision is always ours, even when the level cannot change: letting it move the focus out of
 * the editor in mid-sentence would lose the secretariat's place on the projected screen.
 */
function inDecision(state: EditorState): boolean {
  return findAncestor(state.selection.$from, 'decision') !== null;
}

export const DraftingKeymap = Extension.create<DraftingKeymapOptions>({
  name: 'draftingKeymap',
  // Before TipTap's own Enter handling, which would start a plain paragraph after a sub-paragraph.
  priority: 1000,

  addOptions() {
    return { requests: null };
  },

  addKeyboardShortcuts() {
    const run = (command: Command) => () =>
      this.editor.isEditable && command(this.editor.state, this.editor.view.dispatch, this.editor.view);
    const ask = (request: Parameters<EditorRequests['request']>[0]) => () => {
      if (!this.editor.isEditable || !this.options.requests) return false;
      this.options.requests.request(request);
      return true;
    };
    return {
      Enter: () => run(splitSubParagraph)() || run(leaveTopicHeading)(),
      [SHORTCUTS.indent.key]: () => run(indentSubParagraph)() || inDecision(this.editor.state),
      [SHORTCUTS.outdent.key]: () => run(outdentSubParagraph)() || inDecision(this.editor.state),
      [SHORTCUTS.addDecision.key]: run(addDecision),
      [SHORTCUTS.addSubParagraph.key]: run(addSubParagraph),
      [SHORTCUTS.addGroup.key]: ask({ kind: 'newGroup' }),
      [SHORTCUTS.editAddressees.key]: ask({ kind: 'addressees' }),
      [SHORTCUTS.editNumber.key]: ask({ kind: 'decisionNumber' }),
    };
  },
});
