import { type BlockAmend, blockAmendsOf } from '@draftroom/document-model';
import type { Transform } from '@tiptap/pm/transform';

/** Appends an entry to the `amend` list of the block at `pos`, writing the whole list at once. */
export function addBlockEntry(tr: Transform, pos: number, entry: BlockAmend): void {
  const node = tr.doc.nodeAt(pos);
  if (!node || !('amend' in node.attrs)) return;
  tr.setNodeAttribute(pos, 'amend', [...blockAmendsOf(node.attrs), entry]);
}
