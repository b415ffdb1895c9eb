import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { EditorRequests } from './editorRequests.ts';

export interface DecisionViewOptions {
  requests: EditorRequests | null;
}

/**
 * A decision as printed: its number hangs in the left margin, the text runs beside it. The number is an
 * attribute, not text, so nobody can half-delete it while typing; clicking it asks for a new one.
 */
export function DecisionView({ node, editor, getPos, extension }: ReactNodeViewProps) {
  const { requests } = extension.options as DecisionViewOptions;
  const number = String(node.attrs.number ?? '');
  const ask = () => {
    const pos = getPos();
    if (editor.isEditable && typeof pos === 'number') requests?.request({ kind: 'decisionNumber', pos });
  };
  return (
    <NodeViewWrapper as="article" className="decision" data-type="decision" data-number={number}>
      <span className="decision-margin" contentEditable={false}>
        <button
          type="button"
          className={number ? 'decision-number' : 'decision-number decision-number--empty'}
          data-testid="decision-number"
          title="Decision number: click to change it (Alt+Shift+N)"
          tabIndex={-1}
          onClick={ask}
        >
          {number || 'No.'}
        </button>
      </span>
      <NodeViewContent className="decision-body" />
    </NodeViewWrapper>
  );
}
