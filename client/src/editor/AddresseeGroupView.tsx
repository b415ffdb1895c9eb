import { directedToText } from '@draftroom/document-model';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { EditorRequests } from './editorRequests.ts';

export interface AddresseeGroupViewOptions {
  requests: EditorRequests | null;
}

/**
 * "Directed to …" is rendered from the group's addressees, never typed, so that it is always worded as the
 * secretariat prints it and exports can tell who a decision is for. Clicking it opens the addressees dialog.
 */
export function AddresseeGroupView({ node, editor, getPos, extension }: ReactNodeViewProps) {
  const { requests } = extension.options as AddresseeGroupViewOptions;
  const addressees = (node.attrs.addressees ?? []) as string[];
  const ask = () => {
    const pos = getPos();
    if (editor.isEditable && typeof pos === 'number') requests?.request({ kind: 'addressees', pos });
  };
  return (
    <NodeViewWrapper as="section" className="addressee-group" data-type="addressee-group">
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
      </p>
      <NodeViewContent className="decisions" />
    </NodeViewWrapper>
  );
}
