import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { blockProposalsOf } from './blockProposals.ts';
import type { EditorRequests } from './editorRequests.ts';
import { LockIcon } from './LockIcon.tsx';
import { ProposedValue } from './ProposedValue.tsx';

export interface DecisionViewOptions {
  requests: EditorRequests | null;
}

/**
 * A decision as printed: its number hangs in the left margin, the text runs beside it. The number is an
 * attribute, not text, so nobody can half-delete it while typing; clicking it asks for a new one. Proposals
 * about the decision show on it: a new number beside the current one, a bar for a proposed new decision, a
 * strike for one proposed for deletion; agreed decisions carry a lock.
 */
export function DecisionView({ node, editor, getPos, extension }: ReactNodeViewProps) {
  const { requests } = extension.options as DecisionViewOptions;
  const number = String(node.attrs.number ?? '');
  const agreed = node.attrs.agreed === true;
  const proposals = blockProposalsOf(node.attrs, 'decision');
  const ask = () => {
    const pos = getPos();
    if (editor.isEditable && typeof pos === 'number') requests?.request({ kind: 'decisionNumber', pos });
  };
  const classes = ['decision', proposals.className, agreed ? 'decision--agreed' : ''].filter(Boolean).join(' ');
  return (
    <NodeViewWrapper
      as="article"
      className={classes}
      data-type="decision"
      data-number={number}
      data-agreed={agreed ? 'true' : undefined}
      style={proposals.style}
      title={proposals.title}
    >
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
        {proposals.values('number').map((proposal) => (
          <ProposedValue
            key={`${proposal.party}:${String(proposal.to)}`}
            party={proposal.party}
            value={String(proposal.to ?? '')}
            testId="proposed-number"
          />
        ))}
        {agreed && (
          <span className="agreed-mark" data-testid="agreed-decision">
            <LockIcon title="Agreed: closed for amendments" />
          </span>
        )}
      </span>
      <NodeViewContent className="decision-body" />
    </NodeViewWrapper>
  );
}
