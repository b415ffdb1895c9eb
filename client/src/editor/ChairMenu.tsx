import type { Editor } from '@tiptap/core';
import type { Command } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import type * as Y from 'yjs';
import { Popover } from '../app/Popover.tsx';
import { type DocumentControls, setDocumentClosed, setSecretariatDecides } from '../collaboration/documentControls.ts';
import { agreedAround, agreedTarget, setAgreed } from './commands/setAgreed.ts';

interface ChairMenuProps {
  editor: Editor;
  ydoc: Y.Doc;
  controls: DocumentControls;
  /** Whether the chair can act now (connected, text loaded). */
  active: boolean;
}

/**
 * What only the chair does: close a paragraph or a decision as agreed (and reopen it), close the whole
 * document for everyone else (and reopen it), and let the secretariat accept and reject.
 */
export function ChairMenu({ editor, ydoc, controls, active }: ChairMenuProps) {
  const here = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const $from = e.state.selection.$from;
      return {
        ...agreedAround($from),
        hasParagraph: agreedTarget($from, 'paragraph') !== null,
        hasDecision: agreedTarget($from, 'decision') !== null,
      };
    },
  });
  const run = (command: Command, close: () => void) => () => {
    command(editor.state, editor.view.dispatch, editor.view);
    close();
    editor.view.focus();
  };

  return (
    <Popover
      label="Chair ▾"
      title="Agree text, close the document, allow the secretariat to decide"
      testId="chair-menu"
    >
      {(close) => (
        <div className="menu">
          <p className="menu__heading">Where the cursor is</p>
          <button
            type="button"
            className="menu__item"
            data-testid="agree-paragraph"
            disabled={!active || !here.hasParagraph}
            onClick={run(setAgreed(!here.paragraph, 'paragraph'), close)}
          >
            {here.paragraph ? 'Reopen this paragraph for amendments' : 'Agree this paragraph (close it)'}
          </button>
          <button
            type="button"
            className="menu__item"
            data-testid="agree-decision"
            disabled={!active || !here.hasDecision}
            onClick={run(setAgreed(!here.decision, 'decision'), close)}
          >
            {here.decision ? 'Reopen this decision for amendments' : 'Agree this decision (close it)'}
          </button>
          {here.inherited && <p className="menu__note">The text around the cursor is agreed as a whole.</p>}
          <p className="menu__heading">Whole document</p>
          <button
            type="button"
            className="menu__item"
            data-testid="close-document"
            disabled={!active}
            onClick={() => {
              setDocumentClosed(ydoc, !controls.closed);
              close();
            }}
          >
            {controls.closed ? 'Reopen the document' : 'Close the document to everyone but the chair'}
          </button>
          <label className="menu__item menu__item--check">
            <input
              type="checkbox"
              data-testid="secretariat-decides"
              disabled={!active}
              checked={controls.secretariatDecides}
              onChange={(event) => setSecretariatDecides(ydoc, event.target.checked)}
            />
            The secretariat may accept and reject amendments
          </label>
        </div>
      )}
    </Popover>
  );
}
