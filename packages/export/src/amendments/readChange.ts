import { type BlockAmend, blockAmendsOf } from '@draftroom/document-model';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from './AmendmentRecords.ts';
import type { Change } from './Change.ts';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A change from amendment attributes. The delegation falls back to the amendment's record, then to the author,
 * so that an amendment is never printed without someone to attribute it to.
 */
function changeOf(kind: Change['kind'], attrs: Record<string, unknown>, records: AmendmentRecords): Change | null {
  const amendmentId = text(attrs.amendmentId);
  if (!amendmentId) return null;
  const author = text(attrs.author);
  const party = text(attrs.party) || records.get(amendmentId)?.party || author || 'Unattributed';
  return { kind, amendmentId, party, author, createdAt: text(attrs.createdAt) };
}

/** The change an inline mark stands for (`insertion` or `deletion`), or null for any other mark. */
export function changeOfMark(mark: Mark, records: AmendmentRecords): Change | null {
  const name = mark.type.name;
  return name === 'insertion' || name === 'deletion' ? changeOf(name, mark.attrs, records) : null;
}

const BLOCK_KINDS: Partial<Record<BlockAmend['kind'], Change['kind']>> = { insert: 'insertion', delete: 'deletion' };

/**
 * The proposals to insert or delete a whole block, from its `amend` list. The other block amendments (a new
 * paragraph break, a joined one, a new number or addressee) change no text of their own: they are counted as
 * pending (see countPending) but print as the text they apply to.
 */
export function changesOfBlock(node: PMNode, records: AmendmentRecords): Change[] {
  return blockAmendsOf(node.attrs).flatMap((amend) => {
    const kind = BLOCK_KINDS[amend.kind];
    const change = kind ? changeOf(kind, amend as unknown as Record<string, unknown>, records) : null;
    return change ? [change] : [];
  });
}
