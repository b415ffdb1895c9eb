import type { JSONContent } from '../ImportResult.ts';

/** For tests: the same JSON without the random block ids, so a structure can be compared with a literal. */
export function stripIds(node: JSONContent): JSONContent {
  const { attrs, content, ...rest } = node;
  const out: JSONContent = { ...rest };
  if (attrs) {
    const { id: _id, ...others } = attrs;
    if (Object.keys(others).length) out.attrs = others;
  }
  if (content) out.content = content.map(stripIds);
  return out;
}

/** For tests: every block id in the document, in document order. */
export function blockIds(node: JSONContent): string[] {
  const own = typeof node.attrs?.id === 'string' ? [node.attrs.id] : [];
  return [...own, ...(node.content ?? []).flatMap(blockIds)];
}
