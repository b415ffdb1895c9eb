import type { Amendment } from '@draftroom/amendments';
import type { DecisionChoice } from './decisionChoices.ts';

export interface AmendmentGroup {
  /** The decision's id; null for amendments outside any decision (headings), or whose decision is gone. */
  decisionId: string | null;
  title: string;
  amendments: Amendment[];
}

/**
 * The panel's cards grouped by decision, in the order the decisions are printed; within a group, amendments in
 * the text come first in text order, then decided ones, oldest first (the order of the list given). Amendments
 * outside decisions come first (headings open the document); those whose decision no longer exists come last.
 */
export function groupByDecision(
  amendments: readonly Amendment[],
  decisions: readonly DecisionChoice[],
): AmendmentGroup[] {
  const byId = new Map<string, AmendmentGroup>();
  const groups: AmendmentGroup[] = decisions.map((decision) => {
    const group = { decisionId: decision.id, title: `Decision ${decision.label}`, amendments: [] };
    byId.set(decision.id, group);
    return group;
  });
  const outside: AmendmentGroup = { decisionId: null, title: 'Headings and other text', amendments: [] };
  const gone: AmendmentGroup = { decisionId: null, title: 'Decisions no longer in the text', amendments: [] };
  for (const amendment of amendments) {
    const group = amendment.decisionId === null ? outside : (byId.get(amendment.decisionId) ?? gone);
    group.amendments.push(amendment);
  }
  return [outside, ...groups, gone].filter((group) => group.amendments.length > 0);
}
