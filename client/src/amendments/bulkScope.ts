import type { DecisionChoice } from './decisionChoices.ts';
import type { PanelFilter } from './panelFilter.ts';

/** How a bulk decision names what it covers: "from Brazil", "in decision 14.AA", "in the whole document". */
export function bulkScopeLabel(
  filter: Pick<PanelFilter, 'party' | 'decisionId'>,
  decisions: readonly DecisionChoice[],
): string {
  const decision = filter.decisionId === null ? null : decisions.find((d) => d.id === filter.decisionId);
  const parts: string[] = [];
  if (filter.party !== null) parts.push(`from ${filter.party}`);
  if (filter.decisionId !== null) parts.push(`in decision ${decision?.label ?? '(removed)'}`);
  return parts.length ? parts.join(' ') : 'in the whole document';
}

/** "Accept 3 pending amendments from Brazil?": the question the confirmation asks, with the count. */
export function bulkQuestion(verdict: 'accept' | 'reject', count: number, scope: string): string {
  const noun = count === 1 ? 'pending amendment' : 'pending amendments';
  return `${verdict === 'accept' ? 'Accept' : 'Reject'} ${count} ${noun} ${scope}?`;
}
