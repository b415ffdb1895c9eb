import { type BlockAmend, blockAmendsOf, isProposableAttr, type ProposableValue } from '@draftroom/document-model';
import type { Transform } from '@tiptap/pm/transform';
import type { SuggestContext } from './SuggestContext.ts';
import { sameValue } from './sameValue.ts';

/**
 * A Party changing a block attribute proposes the change: the block keeps its base value and its `amend` list
 * gains (or updates) the Party's `attr` entry; setting the base value again withdraws it. Block ids are
 * bookkeeping, not text, and pass through. Returns false for attributes a Party may not propose (refused).
 */
export function trackAttrChange(
  tr: Transform,
  pos: number,
  name: string,
  value: unknown,
  ctx: SuggestContext,
): boolean {
  const node = tr.doc.nodeAt(pos);
  if (!node) return false;
  if (name === 'id') {
    tr.setNodeAttribute(pos, name, value);
    return true;
  }
  if (!isProposableAttr(node.type.name, name)) return false;
  const base = node.attrs[name] as ProposableValue;
  const entries = blockAmendsOf(node.attrs);
  const mine = entries.find((e) => e.kind === 'attr' && e.name === name && ctx.isMine(e));
  const others = entries.filter((e) => e !== mine);
  const to = value as ProposableValue;
  let next: BlockAmend[];
  if (sameValue(to, base)) next = others;
  else if (mine) next = entries.map((e) => (e === mine ? { ...mine, to } : e));
  else next = [...entries, { kind: 'attr', name, from: base, to, ...ctx.freshAttrs() }];
  if (next.length !== entries.length || next.some((e, i) => e !== entries[i])) {
    tr.setNodeAttribute(pos, 'amend', next.length ? next : null);
  }
  return true;
}
