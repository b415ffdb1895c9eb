import { Fragment, type Node as PMNode, Slice } from '@tiptap/pm/model';

const isAmendmentMark = (name: string) => name === 'insertion' || name === 'deletion';

function cleanNode(node: PMNode, newId: () => string): PMNode {
  if (node.isText) return node.mark(node.marks.filter((mark) => !isAmendmentMark(mark.type.name)));
  const attrs = 'amend' in node.attrs ? { ...node.attrs, id: newId(), amend: null } : node.attrs;
  return node.type.create(attrs, cleanFragment(node.content, newId), node.marks);
}

function cleanFragment(fragment: Fragment, newId: () => string): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    nodes.push(cleanNode(node, newId));
  });
  return Fragment.fromArray(nodes);
}

/**
 * Content about to be proposed, made new: pasted or split-off blocks get fresh ids (a copy of a block must not
 * share its id, and the split-off half must have one before its `split` entry refers to the block) and lose
 * the amendments they carried elsewhere, which were someone else's proposals in another place.
 */
export function cleanSlice(slice: Slice, newId: () => string): Slice {
  return new Slice(cleanFragment(slice.content, newId), slice.openStart, slice.openEnd);
}
