import type { BlockAmend } from '@draftroom/document-model';
import type { AmendmentKind, AmendmentRecord, AmendmentStatus } from './AmendmentRecord.ts';

/**
 * One piece of an amendment found in a document: a run of marked text, or one entry of a block's `amend`
 * list. Positions are those of the document it was read from.
 */
export interface AmendmentPart {
  amendmentId: string;
  party: string;
  author: string;
  createdAt: string;
  /** `insertion` / `deletion` for marked text; the block amendment's kind otherwise. */
  kind: 'insertion' | 'deletion' | BlockAmend['kind'];
  /** Text run: its range. Block: the node's range (`from` is the position before the node). */
  from: number;
  to: number;
  /** The marked text, or the block's whole text. */
  text: string;
  blockType: string;
  /** How the block is named when its text says too little: a decision's number, a group's "Directed to …". */
  blockLabel: string | null;
  /** The block's id (for text, the id of the textblock holding it). */
  blockId: string | null;
  /** The decision this part lies in (or is), null outside decisions. */
  decisionId: string | null;
  /** The decision's number, when there is a decision. */
  decisionNumber: string | null;
  /** For block parts, the entry itself (the proposed value of an `attr` change). */
  block: BlockAmend | null;
}

/** An amendment as the panel lists it: its parts in the text joined with its record. */
export interface Amendment {
  id: string;
  party: string;
  author: string;
  createdAt: string;
  kind: AmendmentKind;
  status: AmendmentStatus;
  decisionId: string | null;
  blockIds: string[];
  /** From the first to the last part in the document; null when the text is resolved (record only). */
  range: { from: number; to: number } | null;
  deletedText: string;
  insertedText: string;
  description: string;
  parts: AmendmentPart[];
  record: AmendmentRecord | null;
}
