import type { Node as PMNode } from '@tiptap/pm/model';
import { amendmentMarksOf } from '../amendmentMarksOf.ts';

/** For tests: the amendment marks on the character at `pos`, as "insertion:Brazil" strings, sorted. */
export function marksAt(doc: PMNode, pos: number): string[] {
  const node = doc.nodeAt(pos);
  if (!node?.isText) return [];
  return amendmentMarksOf(node)
    .map((m) => `${m.kind}:${m.attrs.party}`)
    .sort();
}

/** For tests: the amendment id of the mark of `kind` on the character at `pos`. */
export function idAt(doc: PMNode, pos: number, kind: 'insertion' | 'deletion'): string | undefined {
  const node = doc.nodeAt(pos);
  return node ? amendmentMarksOf(node).find((m) => m.kind === kind)?.attrs.amendmentId : undefined;
}
