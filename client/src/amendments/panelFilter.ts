import type { Amendment, AmendmentFilter, AmendmentStatus } from '@draftroom/amendments';

/** What the panel shows: one delegation or all, one decision or all, and one status or all. */
export interface PanelFilter {
  party: string | null;
  decisionId: string | null;
  status: AmendmentStatus | 'all';
}

export const DEFAULT_FILTER: PanelFilter = { party: null, decisionId: null, status: 'proposed' };

export const STATUS_CHOICES: { value: PanelFilter['status']; label: string }[] = [
  { value: 'proposed', label: 'Pending' },
  { value: 'accepted', label: 'Accepted' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'withdrawn', label: 'Withdrawn' },
  { value: 'all', label: 'All' },
];

function inDecision(amendment: Amendment, decisionId: string): boolean {
  return amendment.decisionId === decisionId || amendment.parts.some((part) => part.decisionId === decisionId);
}

export function matchesPanelFilter(amendment: Amendment, filter: PanelFilter): boolean {
  if (filter.party !== null && amendment.party !== filter.party) return false;
  if (filter.decisionId !== null && !inDecision(amendment, filter.decisionId)) return false;
  return filter.status === 'all' || amendment.status === filter.status;
}

export function applyPanelFilter(amendments: readonly Amendment[], filter: PanelFilter): Amendment[] {
  return amendments.filter((amendment) => matchesPanelFilter(amendment, filter));
}

/** The engine's filter for deciding every pending amendment the panel's delegation and decision select. */
export function pendingScope(filter: PanelFilter): AmendmentFilter {
  return {
    status: 'proposed',
    ...(filter.party !== null ? { party: filter.party } : {}),
    ...(filter.decisionId !== null ? { decisionId: filter.decisionId } : {}),
  };
}

/** The delegations that have amendments, alphabetically: the choices of the delegation filter. */
export function partiesOf(amendments: readonly Amendment[]): string[] {
  return [...new Set(amendments.map((amendment) => amendment.party))].sort((a, b) => a.localeCompare(b));
}

/** How many amendments are in each status, for the filter's labels. */
export function countByStatus(amendments: readonly Amendment[]): Record<AmendmentStatus, number> {
  const counts: Record<AmendmentStatus, number> = { proposed: 0, accepted: 0, rejected: 0, withdrawn: 0 };
  for (const amendment of amendments) counts[amendment.status]++;
  return counts;
}
