export const AMENDMENT_STATUSES = ['proposed', 'accepted', 'rejected', 'withdrawn'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/**
 * What an amendment does, as the panel says it. `split` and `join` are a new or a removed paragraph break
 * inside existing text (Enter, or a deletion across paragraphs) when nothing else is proposed with them.
 */
export const AMENDMENT_KINDS = [
  'insert',
  'delete',
  'replace',
  'block-insert',
  'block-delete',
  'attr',
  'split',
  'join',
] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

export interface HistoryEntry {
  status: AmendmentStatus;
  by: string;
  party: string | null;
  at: string;
  /** Set when the amendment fell with another one: the id of the amendment whose decision removed it. */
  cause?: string;
}

/**
 * The lasting record of one amendment, kept in the `amendments` map after its text is resolved. Its status is
 * always the last history entry's (one source of truth, so concurrent decisions cannot disagree with it).
 */
export interface AmendmentRecord {
  id: string;
  party: string;
  author: string;
  createdAt: string;
  kind: AmendmentKind;
  /** The change in words, as last seen in the text ("Brazil: replace 'develop' with 'prepare'"). */
  description: string;
  decisionId: string | null;
  rationale: string;
  supporters: string[];
  opponents: string[];
  status: AmendmentStatus;
  history: HistoryEntry[];
}
