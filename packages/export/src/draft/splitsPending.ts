import { blockAmendsOf } from '@draftroom/document-model';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { AmendmentRecords } from '../amendments/AmendmentRecords.ts';

/**
 * Whether a block begins with a paragraph break that is only proposed (a delegate pressed Enter in the middle
 * of agreed text): the clean text does not have that break yet.
 */
export function splitsPending(node: PMNode, records: AmendmentRecords): boolean {
  return blockAmendsOf(node.attrs).some((amend) => {
    const status = records.get(amend.amendmentId)?.status;
    return amend.kind === 'split' && (!status || status === 'proposed');
  });
}
