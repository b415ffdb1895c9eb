import type { Amendment } from './Amendment.ts';
import type { AmendmentStatus } from './AmendmentRecord.ts';

/** Which amendments to list or decide; every given criterion must hold, an empty filter takes all. */
export interface AmendmentFilter {
  ids?: readonly string[];
  /** The delegation the amendment is attributed to. */
  party?: string;
  /** The id of a decision block: amendments with any part in it (or on it). */
  decisionId?: string;
  status?: AmendmentStatus | readonly AmendmentStatus[];
  /** A document range (e.g. the selection): amendments with any part touching it. */
  range?: { from: number; to: number };
}

/** Overlapping or touching: a cursor right after a proposed word selects it. */
function touches(part: { from: number; to: number }, range: { from: number; to: number }): boolean {
  return part.from <= range.to && part.to >= range.from;
}

export function matchesFilter(amendment: Amendment, filter: AmendmentFilter): boolean {
  if (filter.ids && !filter.ids.includes(amendment.id)) return false;
  if (filter.party !== undefined && amendment.party !== filter.party) return false;
  if (filter.status !== undefined) {
    const statuses: readonly AmendmentStatus[] = typeof filter.status === 'string' ? [filter.status] : filter.status;
    if (!statuses.includes(amendment.status)) return false;
  }
  if (filter.decisionId !== undefined) {
    const inDecision = amendment.parts.some((part) => part.decisionId === filter.decisionId);
    if (!inDecision && amendment.decisionId !== filter.decisionId) return false;
  }
  const range = filter.range;
  if (range && !amendment.parts.some((part) => touches(part, range))) return false;
  return true;
}
