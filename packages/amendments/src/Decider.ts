/**
 * Who changes an amendment's status: the chair or secretariat deciding (party null, or their delegation's),
 * or a delegation withdrawing its own proposal.
 */
export interface Decider {
  by: string;
  party: string | null;
}
