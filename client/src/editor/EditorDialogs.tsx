import type { Editor } from '@tiptap/core';
import type { Command } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';
import { AddresseesDialog } from './AddresseesDialog.tsx';
import { addAddresseeGroup } from './commands/addAddresseeGroup.ts';
import { findAncestor, nodeAt } from './commands/findAncestor.ts';
import { findBlockById } from './commands/findBlockById.ts';
import { decisionNumbers, nextDecisionNumber } from './commands/nextDecisionNumber.ts';
import { setAddressees } from './commands/setAddressees.ts';
import { setDecisionNumber } from './commands/setDecisionNumber.ts';
import { DecisionNumberDialog } from './DecisionNumberDialog.tsx';
import type { EditorRequest, EditorRequests } from './editorRequests.ts';

type Open =
  | { kind: 'decisionNumber'; id: string; current: string; suggestion: string }
  | { kind: 'addressees'; id: string; current: string[] }
  | { kind: 'newGroup' };

/** Finds what a request is about now, by position or by the cursor, and remembers it by block id. */
function resolve(editor: Editor, request: EditorRequest): Open | null {
  const { state } = editor;
  if (request.kind === 'newGroup') return { kind: 'newGroup' };
  const typeName = request.kind === 'decisionNumber' ? 'decision' : 'addresseeGroup';
  const target =
    request.pos === undefined
      ? findAncestor(state.selection.$from, typeName)
      : nodeAt(state.doc, request.pos, typeName);
  const id = target?.node.attrs.id as string | null | undefined;
  if (!target || !id) return null;
  if (request.kind === 'addressees')
    return { kind: 'addressees', id, current: [...(target.node.attrs.addressees ?? [])] };
  const $target = state.doc.resolve(target.pos);
  const topic = findAncestor($target, 'topic');
  const current = String(target.node.attrs.number ?? '');
  const others = decisionNumbers(topic?.node ?? state.doc).filter((n) => n !== current);
  return { kind: 'decisionNumber', id, current, suggestion: nextDecisionNumber(others, current || undefined) };
}

/** The one place editor dialogs are shown, whoever asked for them. */
export function EditorDialogs({ editor, requests }: { editor: Editor; requests: EditorRequests }) {
  const [open, setOpen] = useState<Open | null>(null);
  const [refocus, setRefocus] = useState(false);

  useEffect(
    () =>
      requests.subscribe((request) => {
        if (!editor.isEditable) return;
        setOpen(resolve(editor, request));
      }),
    [editor, requests],
  );

  // The editor takes the focus back only once the modal is gone: while it is open, the rest of the page is inert.
  useEffect(() => {
    if (open || !refocus) return;
    setRefocus(false);
    editor.view.focus();
  }, [editor, open, refocus]);

  const close = () => {
    setOpen(null);
    setRefocus(true);
  };

  const apply = (command: Command) => {
    command(editor.state, editor.view.dispatch, editor.view);
    close();
  };

  if (!open) return null;
  if (open.kind === 'decisionNumber') {
    return (
      <DecisionNumberDialog
        current={open.current}
        suggestion={open.suggestion}
        onClose={close}
        onSave={(number) => {
          const pos = findBlockById(editor.state.doc, 'decision', open.id);
          if (pos === null) close();
          else apply(setDecisionNumber(number, pos));
        }}
      />
    );
  }
  if (open.kind === 'addressees') {
    return (
      <AddresseesDialog
        title="Addressees of this group"
        current={open.current}
        saveLabel="Save addressees"
        onClose={close}
        onSave={(addressees) => {
          const pos = findBlockById(editor.state.doc, 'addresseeGroup', open.id);
          if (pos === null) close();
          else apply(setAddressees(addressees, pos));
        }}
      />
    );
  }
  return (
    <AddresseesDialog
      title="New addressee group"
      current={[]}
      saveLabel="Add group"
      onClose={close}
      onSave={(addressees) => apply(addAddresseeGroup(addressees))}
    />
  );
}
