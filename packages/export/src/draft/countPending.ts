import { blockAmendsOf } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from '../amendments/AmendmentRecords.ts';
import { changeState } from '../amendments/changeState.ts';
import { changeOfMark } from '../amendments/readChange.ts';

/**
 * How many amendments are still pending: distinct amendment ids on blocks and marks (the deletion and the
 * insertion of one replacement are one amendment). Counted on the whole document, whatever the view leaves out.
 */
export function countPending(doc: PMNode, records: AmendmentRecords): number {
  const pending = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      const change = changeOfMark(mark, records);
      if (change && changeState(change, records) === 'pending') pending.add(change.amendmentId);
    }
    // Every block amendment counts, including new paragraph breaks and new numbers, which print as plain text.
    for (const amend of blockAmendsOf(node.attrs)) {
      const status = records.get(amend.amendmentId)?.status;
      if (!status || status === 'proposed') pending.add(amend.amendmentId);
    }
    return true;
  });
  return pending.size;
}
