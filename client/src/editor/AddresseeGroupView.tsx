import { directedToText } from '@draftroom/document-model';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { blockProposalsOf } from './blockProposals.ts';
import type { EditorRequests } from './editorRequests.ts';
import { LockIcon } from './LockIcon.tsx';
import { ProposedValue } from './ProposedValue.tsx';

export interface AddresseeGroupViewOptions {
  requests: EditorRequests | null;
}

/**
 * "Directed to …" is rendered from the group's addressees, never typed, so that it is always worded as the
 * secretariat prints it and exports can tell who a decision is for. Clicking it opens the addressees dialog.
 * Proposed addressees show beside the current ones.
 */
export function AddresseeGroupView({ node, editor, getPos, extension }: ReactNodeViewProps) {
  const { requests } = extension.options as AddresseeGroupViewOptions;
  const addressees = (node.attrs.addressees ?? []) as string[];
  const agreed = node.attrs.agreed === true;
  const proposals = blockProposalsOf(node.attrs, 'addressee group');
  const ask = () => {
    const pos = getPos();
    if (editor.isEditable && typeof pos === 'number') requests?.request({ kind: 'addressees', pos });
  };
  const classes = ['addressee-group', proposals.className, agreed ? 'addressee-group--agreed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <NodeViewWrapper
      as="section"
      className={classes}
      data-type="addressee-group"
      data-agreed={agreed ? 'true' : undefined}
      style={proposals.style}
      title={proposals.title}
    >
      <p className="directed-to" contentEditable={false}>
        <button
          type="button"
          className={addressees.length ? 'directed-to__button' : 'directed-to__button directed-to__button--empty'}
          data-testid="directed-to"
          title="Addressees: click to change them (Alt+Shift+A)"
          tabIndex={-1}
          onClick={ask}
        >
          {directedToText(addressees)}
        </button>
        {proposals.values('addressees').map((proposal) => {
          const value = directedToText(Array.isArray(proposal.to) ? proposal.to : []);
          return (
            <span key={`${proposal.party}:${value}`} className="directed-to__proposal">
              <ProposedValue party={proposal.party} value={value} testId="proposed-addressees" />
            </span>
          );
        })}
        {agreed && (
          <span className="agreed-mark agreed-mark--inline">
            <LockIcon title="Agreed: closed for amendments" />
          </span>
        )}
      </p>
      <NodeViewContent className="decisions" />
    </NodeViewWrapper>
  );
}
