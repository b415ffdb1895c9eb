import { SuggestChanges } from '@draftroom/amendments';
import { AddresseeGroup, BlockIds, Decision, Deletion, documentNodes, Insertion } from '@draftroom/document-model';
import { Y_CONTENT } from '@draftroom/protocol';
import type { AnyExtension, Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { AmendmentIdentity } from '../amendments/amendmentIdentity.ts';
import { caretElement } from '../collaboration/caretElement.ts';
import type { PresenceUser } from '../collaboration/presenceUser.ts';
import { AgreedGuard } from './agreedGuard.ts';
import { AmendmentDecorations } from './amendmentDecorations.ts';
import { addresseeGroupView, type BlockViewOptions, decisionView } from './blockViews.ts';
import { DraftingKeymap } from './DraftingKeymap.ts';
import type { EditorRequests } from './editorRequests.ts';
import { LabelDecorations } from './labelDecorations.ts';
import { PlaceholderDecorations } from './placeholderDecorations.ts';
import { ProposalGuard } from './proposalGuard.ts';
import { RecordKeeping } from './recordKeeping.ts';
import { StableNodeViews } from './stableNodeViews.ts';
import { TrackedDeletion, TrackedInsertion } from './trackedMarks.ts';
import { UndoSteps } from './undoSteps.ts';

export interface EditorSetup {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  user: PresenceUser;
  requests: EditorRequests;
  identity: AmendmentIdentity;
  /** Whether suggesting mode starts on (always for delegates; the chair's and secretariat's last choice). */
  suggesting: boolean;
  /** Told when a change inside agreed text was stopped. */
  onAgreedRefused: () => void;
  /** Whether this person may decide now (read at each transaction: the chair may allow the secretariat). */
  decides: () => boolean;
  /** Told when an edit that would remove another delegation's proposal was stopped. */
  onProposalRefused: () => void;
}

/**
 * The schema with the views people see and click on (decisions, addressee groups, amendments in their
 * delegation's colour): shared by the live editor and the read-only views of the text.
 */
export function documentExtensions(requests: EditorRequests | null): Extensions {
  const decision = Decision.extend<BlockViewOptions>({
    addOptions: () => ({ requests: null }),
    addNodeView: decisionView,
  }).configure({ requests });
  const addresseeGroup = AddresseeGroup.extend<BlockViewOptions>({
    addOptions: () => ({ requests: null }),
    addNodeView: addresseeGroupView,
  }).configure({ requests });
  const replacements = new Map<AnyExtension, AnyExtension>([
    [Decision, decision],
    [AddresseeGroup, addresseeGroup],
    [Insertion, TrackedInsertion],
    [Deletion, TrackedDeletion],
  ]);
  return [
    ...documentNodes.map((extension) => replacements.get(extension) ?? extension),
    LabelDecorations,
    StableNodeViews,
  ];
}

/**
 * The live editor: the document's views, drafting keys, collaboration, and tracked amendments — suggesting
 * mode, the record kept in step with the text, block proposals and the current amendment drawn, and agreed
 * text kept closed for everyone but the chair. No StarterKit: its Document and Paragraph would clash with
 * ours, and its undo history with Collaboration's.
 */
export function createExtensions(setup: EditorSetup): Extensions {
  const { ydoc, provider, user, requests, identity } = setup;
  return [
    ...documentExtensions(requests),
    BlockIds,
    PlaceholderDecorations,
    DraftingKeymap.configure({ requests }),
    Collaboration.configure({ document: ydoc, field: Y_CONTENT }),
    UndoSteps,
    CollaborationCaret.configure({ provider, user, render: caretElement }),
    SuggestChanges.configure({ actor: identity.actor, enabled: setup.suggesting }),
    RecordKeeping.configure({
      ydoc: identity.actor ? ydoc : null,
      decider: identity.actor ? identity.decider : null,
      party: identity.actor?.party ?? null,
    }),
    AmendmentDecorations,
    AgreedGuard.configure({ guards: () => identity.role !== 'chair', onRefused: setup.onAgreedRefused }),
    ProposalGuard.configure({
      guards: () => !setup.decides(),
      party: identity.actor?.party ?? null,
      onRefused: setup.onProposalRefused,
    }),
  ];
}
