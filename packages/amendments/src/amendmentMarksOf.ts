import type { AmendmentMarkAttrs } from '@draftroom/document-model';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';

export interface TextAmendment {
  kind: 'insertion' | 'deletion';
  attrs: AmendmentMarkAttrs;
  mark: Mark;
}

/** The insertion and deletion marks on a text node (a mark without an id is malformed and ignored). */
export function amendmentMarksOf(node: PMNode): TextAmendment[] {
  const found: TextAmendment[] = [];
  for (const mark of node.marks) {
    const kind = mark.type.name;
    if ((kind === 'insertion' || kind === 'deletion') && typeof mark.attrs.amendmentId === 'string') {
      found.push({ kind, attrs: mark.attrs as AmendmentMarkAttrs, mark });
    }
  }
  return found;
}
