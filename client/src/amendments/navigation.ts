import type { Amendment } from '@draftroom/amendments';

/**
 * The order the chair walks through amendments with the keyboard: pending ones in the text, in text order
 * (the panel's delegation and decision filters apply; its status filter does not: only pending ones can be
 * decided).
 */
export function navigationOrder(amendments: readonly Amendment[], keep: (amendment: Amendment) => boolean): string[] {
  return amendments
    .filter((amendment) => amendment.range !== null && amendment.status === 'proposed' && keep(amendment))
    .sort((a, b) => (a.range?.from ?? 0) - (b.range?.from ?? 0))
    .map((amendment) => amendment.id);
}

/**
 * The next (+1) or previous (-1) amendment from `current`; from none, the first or the last. Stops at the
 * ends rather than wrapping round: on a projected screen a jump back to the top looks like a lost place.
 */
export function stepAmendment(order: readonly string[], current: string | null, direction: 1 | -1): string | null {
  if (order.length === 0) return null;
  const index = current === null ? -1 : order.indexOf(current);
  if (index < 0) return direction === 1 ? (order[0] ?? null) : (order[order.length - 1] ?? null);
  const next = index + direction;
  return order[Math.max(0, Math.min(order.length - 1, next))] ?? null;
}

/**
 * Where the chair goes after deciding `decided`: the first amendment after it that is still pending, else the
 * nearest before it, else none. `before` is the order when the decision was taken, `after` the order now (a
 * decision can take other amendments with it, e.g. words proposed inside a deleted decision).
 */
export function currentAfterDecision(
  before: readonly string[],
  decided: string,
  after: readonly string[],
): string | null {
  const remaining = new Set(after);
  const index = before.indexOf(decided);
  if (index < 0) return after[0] ?? null;
  for (let i = index + 1; i < before.length; i++) {
    const id = before[i] as string;
    if (remaining.has(id)) return id;
  }
  for (let i = index - 1; i >= 0; i--) {
    const id = before[i] as string;
    if (remaining.has(id)) return id;
  }
  return after[0] ?? null;
}
