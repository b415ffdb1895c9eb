import { type BlockAmend, blockAmendsOf } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { AmendmentRecord } from './AmendmentRecord.ts';
import { AMENDMENTS_META, type AmendmentsMeta } from './amendmentsMeta.ts';

function entriesByBlock(doc: PMNode, party: string): Map<string, BlockAmend[]> {
  const found = new Map<string, BlockAmend[]>();
  doc.descendants((node) => {
    const own = blockAmendsOf(node.attrs).filter((entry) => entry.party === party);
    if (own.length && typeof node.attrs.id === 'string') found.set(node.attrs.id, own);
    return !node.isTextblock;
  });
  return found;
}

const sameEntry = (a: BlockAmend, b: BlockAmend) => a.amendmentId === b.amendmentId && a.kind === b.kind;

/**
 * Puts back the Party's own block proposals that a REMOTE change overwrote. A block's `amend` list is one
 * attribute, and Yjs keeps the last write of an attribute: when two delegations propose something about the
 * same block at the same moment, one list wins and the other Party's entry is gone. Its own client notices
 * (call this after every remote transaction, with the state before it) and writes the union again, which
 * converges. Entries the chair decided (record no longer `proposed`) and blocks that are gone stay gone.
 */
export function restoreLostBlockEntries(
  before: PMNode,
  state: EditorState,
  party: string,
  records: ReadonlyMap<string, AmendmentRecord>,
): Transaction | null {
  const had = entriesByBlock(before, party);
  if (had.size === 0) return null;
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    const lost = (had.get(node.attrs.id) ?? []).filter(
      (entry) =>
        !blockAmendsOf(node.attrs).some((e) => sameEntry(e, entry)) &&
        (records.get(entry.amendmentId)?.status ?? 'proposed') === 'proposed',
    );
    if (lost.length) tr.setNodeAttribute(pos, 'amend', [...blockAmendsOf(node.attrs), ...lost]);
    return !node.isTextblock;
  });
  if (!tr.docChanged) return null;
  const meta: AmendmentsMeta = { type: 'tracked' };
  return tr.setMeta(AMENDMENTS_META, meta).setMeta('addToHistory', false);
}
