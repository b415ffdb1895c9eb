import type { Editor } from '@tiptap/core';
import type { Command } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { addDecision } from './commands/addDecision.ts';
import { addSubParagraph } from './commands/addSubParagraph.ts';
import { indentSubParagraph, outdentSubParagraph } from './commands/changeSubParagraphLevel.ts';
import { findAncestor } from './commands/findAncestor.ts';
import type { EditorRequest, EditorRequests } from './editorRequests.ts';
import { SHORTCUTS } from './shortcuts.ts';
import { undoSteps } from './undoSteps.ts';

interface ToolButtonProps {
  id: string;
  label: string;
  shortcut: { key: string; label: string };
  description: string;
  disabled: boolean;
  onRun: () => void;
  children: ReactNode;
}

function ToolButton({ id, label, shortcut, description, disabled, onRun, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool"
      data-testid={`toolbar-${id}`}
      title={`${description} (${shortcut.label})`}
      aria-label={label}
      aria-keyshortcuts={shortcut.label}
      disabled={disabled}
      // Keeps the editor's selection: the command acts where the cursor is, not on a lost focus.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}

/**
 * Drafting actions, each also on a shortcut shown in its tooltip. Arrow keys move between the buttons as in
 * the ARIA toolbar pattern; buttons that cannot act where the cursor is are disabled rather than hidden, so
 * the toolbar does not shift under the mouse.
 */
export function Toolbar({ editor, requests }: { editor: Editor; requests: EditorRequests }) {
  const ref = useRef<HTMLDivElement>(null);
  const can = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { state } = e;
      const editable = e.isEditable;
      const $from = state.selection.$from;
      const steps = undoSteps(state);
      return {
        editable,
        undo: editable && steps.undo,
        redo: editable && steps.redo,
        addDecision: editable && addDecision(state),
        addSubParagraph: editable && addSubParagraph(state),
        indent: editable && indentSubParagraph(state),
        outdent: editable && outdentSubParagraph(state),
        inGroup: editable && findAncestor($from, 'addresseeGroup') !== null,
        inDecision: editable && findAncestor($from, 'decision') !== null,
        addGroup: editable && $from.depth >= 1,
      };
    },
  });

  const run = (command: Command) => () => {
    command(editor.state, editor.view.dispatch, editor.view);
    editor.view.focus();
  };
  const ask = (request: EditorRequest) => () => requests.request(request);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
    if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = buttons.length - 1;
    buttons[next]?.focus();
    event.preventDefault();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Drafting" ref={ref} onKeyDown={onKeyDown} data-testid="toolbar">
      <div className="toolbar__group">
        <ToolButton
          id="undo"
          label="Undo"
          shortcut={SHORTCUTS.undo}
          description="Undo your last change"
          disabled={!can.undo}
          onRun={() => {
            editor.commands.undo();
            editor.view.focus();
          }}
        >
          ↶
        </ToolButton>
        <ToolButton
          id="redo"
          label="Redo"
          shortcut={SHORTCUTS.redo}
          description="Redo"
          disabled={!can.redo}
          onRun={() => {
            editor.commands.redo();
            editor.view.focus();
          }}
        >
          ↷
        </ToolButton>
      </div>
      <div className="toolbar__group">
        <ToolButton
          id="add-decision"
          label="Add decision"
          shortcut={SHORTCUTS.addDecision}
          description="Add a decision after this one"
          disabled={!can.addDecision}
          onRun={run(addDecision)}
        >
          + Decision
        </ToolButton>
        <ToolButton
          id="add-sub-paragraph"
          label="Add sub-paragraph"
          shortcut={SHORTCUTS.addSubParagraph}
          description="Add a lettered sub-paragraph after this paragraph"
          disabled={!can.addSubParagraph}
          onRun={run(addSubParagraph)}
        >
          + a)
        </ToolButton>
        <ToolButton
          id="outdent"
          label="Move up a level"
          shortcut={SHORTCUTS.outdent}
          description="Move the sub-paragraph up a level: (i) → a) → paragraph"
          disabled={!can.outdent}
          onRun={run(outdentSubParagraph)}
        >
          ⇤
        </ToolButton>
        <ToolButton
          id="indent"
          label="Move down a level"
          shortcut={SHORTCUTS.indent}
          description="Move the paragraph down a level: paragraph → a) → (i)"
          disabled={!can.indent}
          onRun={run(indentSubParagraph)}
        >
          ⇥
        </ToolButton>
      </div>
      <div className="toolbar__group">
        <ToolButton
          id="add-group"
          label="Add addressee group"
          shortcut={SHORTCUTS.addGroup}
          description="Add a “Directed to …” group after this one"
          disabled={!can.addGroup}
          onRun={ask({ kind: 'newGroup' })}
        >
          + Directed to…
        </ToolButton>
        <ToolButton
          id="edit-addressees"
          label="Change addressees"
          shortcut={SHORTCUTS.editAddressees}
          description="Change who this group of decisions is directed to"
          disabled={!can.inGroup}
          onRun={ask({ kind: 'addressees' })}
        >
          Addressees…
        </ToolButton>
        <ToolButton
          id="edit-number"
          label="Change decision number"
          shortcut={SHORTCUTS.editNumber}
          description="Change the number of this decision"
          disabled={!can.inDecision}
          onRun={ask({ kind: 'decisionNumber' })}
        >
          Number…
        </ToolButton>
      </div>
    </div>
  );
}
