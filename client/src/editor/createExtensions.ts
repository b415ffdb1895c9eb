import { AddresseeGroup, BlockIds, Decision, documentNodes } from '@draftroom/document-model';
import { Y_CONTENT } from '@draftroom/protocol';
import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { ReactNodeViewRenderer } from '@tiptap/react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { caretElement } from '../collaboration/caretElement.ts';
import type { PresenceUser } from '../collaboration/presenceUser.ts';
import { AddresseeGroupView, type AddresseeGroupViewOptions } from './AddresseeGroupView.tsx';
import { DecisionView, type DecisionViewOptions } from './DecisionView.tsx';
import { DraftingKeymap } from './DraftingKeymap.ts';
import type { EditorRequests } from './editorRequests.ts';
import { LabelDecorations } from './labelDecorations.ts';
import { PlaceholderDecorations } from './placeholderDecorations.ts';

export interface EditorSetup {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  requests: EditorRequests;
}

/**
 * The shared schema from document-model, with views for the two nodes people click on, plus collaboration.
 * No StarterKit: its Document and Paragraph would clash with ours, and its undo history with Collaboration's.
 */
export function createExtensions({ ydoc, provider, user, requests }: EditorSetup): Extensions {
  const decision = Decision.extend<DecisionViewOptions>({
    addOptions: () => ({ requests: null }),
    addNodeView: () => ReactNodeViewRenderer(DecisionView, { as: 'div', className: 'decision-view' }),
  }).configure({ requests });
  const addresseeGroup = AddresseeGroup.extend<AddresseeGroupViewOptions>({
    addOptions: () => ({ requests: null }),
    addNodeView: () => ReactNodeViewRenderer(AddresseeGroupView, { as: 'div', className: 'addressee-group-view' }),
  }).configure({ requests });
  const nodes = documentNodes.map((extension) =>
    extension === Decision ? decision : extension === AddresseeGroup ? addresseeGroup : extension,
  );

  return [
    ...nodes,
    BlockIds,
    LabelDecorations,
    PlaceholderDecorations,
    DraftingKeymap.configure({ requests }),
    Collaboration.configure({ document: ydoc, field: Y_CONTENT }),
    CollaborationCaret.configure({ provider, user, render: caretElement }),
  ];
}
