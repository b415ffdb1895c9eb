import type { RenumberStart } from '../renumberStart.ts';

/** A placeholder decision number: the meeting, a dot, capital letters (15.AA, 14.BB). */
export const PLACEHOLDER_NUMBER = /^\d+\.[A-Z]+$/;

export interface RenumberingPlan {
  /** The number of each decision, in document order. */
  numbers: string[];
  /** Placeholder → assigned number, for the references in the text; only placeholders used by one decision. */
  references: Map<string, string>;
}

/**
 * Assigns numbers to the placeholder decisions in document order from `start`, skipping numbers that decisions
 * of the document already carry (a draft may mix adopted and new decisions). A placeholder that two decisions
 * share (imports often number every draft 14.AA) is renumbered, but references to it are left alone: which of
 * the two they mean cannot be told.
 */
export function planRenumbering(current: readonly string[], start: RenumberStart): RenumberingPlan {
  const taken = new Set(current);
  const uses = new Map<string, number>();
  for (const number of current) uses.set(number, (uses.get(number) ?? 0) + 1);
  let next = start.first;
  const references = new Map<string, string>();
  const numbers = current.map((number) => {
    if (!PLACEHOLDER_NUMBER.test(number)) return number;
    while (taken.has(`${start.meeting}.${next}`)) next++;
    const assigned = `${start.meeting}.${next++}`;
    if (uses.get(number) === 1) references.set(number, assigned);
    return assigned;
  });
  return { numbers, references };
}
