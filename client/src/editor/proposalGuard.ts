import { amendmentIdsAroundTextblocks, collectAmendmentParts } from '@draftroom/amendments';
import { textblockChanges } from '@draftroom/document-model';
import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** What the editor says when someone without the right to decide edits another delegation's proposal away. */
export const PROPOSAL_MESSAGE = 'Only the chair can remove another delegation’s proposal';

function othersIn(doc: PMNode, own: string | null): Set<string> {
  return new Set(
    collectAmendmentParts(doc)
      .filter((part) => part.party !== own)
      .map((part) => part.amendmentId),
  );
}

/**
 * Whether a transaction makes another delegation's proposal vanish from the text. Editing directly (the
 * secretariat in editing mode) can delete a proposal with the words around it; the record would then call it
 * rejected, which only those who decide may say.
 */
export function removesOthersProposals(tr: Transaction, own: string | null): boolean {
  if (!tr.docChanged) return false;
  // Typing: only a proposal around the blocks typed in can vanish. If none did, there is no need to read them all.
  const changes = textblockChanges(tr.before, tr.doc);
  if (changes) {
    const around = amendmentIdsAroundTextblocks(
      tr.doc,
      changes.map((change) => change.after),
    );
    const before = amendmentIdsAroundTextblocks(
      tr.before,
      changes.map((change) => change.before),
    );
    if ([...before].every((id) => around.has(id))) return false;
  }
  const after = othersIn(tr.doc, own);
  for (const id of othersIn(tr.before, own)) if (!after.has(id)) return true;
  return false;
}

export interface ProposalGuardOptions {
  /** Whether this editor may not decide now (everyone but the chair, and the secretariat unless allowed). */
  guards: () => boolean;
  /** The name this editor proposes in: its own proposals are its own to remove. */
  party: string | null;
  onRefused: () => void;
}

/**
 * Keeps those who do not decide from removing other delegations' proposals by editing the text directly.
 * Suggesting mode never does (it strikes, it does not remove); the engine's own transactions (a decision, a
 * withdrawal) and changes from other clients pass.
 */
export const ProposalGuard = Extension.create<ProposalGuardOptions>({
  name: 'proposalGuard',
  addOptions: () => ({ guards: () => false, party: null, onRefused: () => {} }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('proposalGuard'),
        filterTransaction: (tr) => {
          if (!tr.docChanged || !options.guards() || tr.getMeta(ySyncPluginKey) !== undefined) return true;
          if (!removesOthersProposals(tr, options.party)) return true;
          queueMicrotask(options.onRefused);
          return false;
        },
      }),
    ];
  },
});
