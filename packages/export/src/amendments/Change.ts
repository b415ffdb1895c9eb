/** A pending tracked change on some text: who proposed it, and whether it inserts or deletes that text. */
export interface Change {
  kind: 'insertion' | 'deletion';
  /** Shared by the deletion and the insertion of one replacement. */
  amendmentId: string;
  /** The delegation that proposed it ("Brazil"): amendments are attributed to Parties, not to people. */
  party: string;
  author: string;
  /** ISO 8601, as stored. */
  createdAt: string;
}
