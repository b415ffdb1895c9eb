import { type AmendmentRecord, amendmentsWithRecords, listAmendments } from '@draftroom/amendments';
import { describe, expect, it } from 'vitest';
import { bulkQuestion, bulkScopeLabel } from './bulkScope.ts';
import { decisionChoices } from './decisionChoices.ts';
import { formatTime } from './formatTime.ts';
import { groupByDecision } from './groupByDecision.ts';
import { applyPanelFilter, countByStatus, DEFAULT_FILTER, partiesOf, pendingScope } from './panelFilter.ts';
import { partyLabel } from './partyLabel.ts';
import { proposedState } from './testDocument.ts';

function resolvedRecord(overrides: Partial<AmendmentRecord>): AmendmentRecord {
  return {
    id: 'old',
    party: 'Japan',
    author: 'Kenji Sato',
    createdAt: '2025-06-01T08:00:00.000Z',
    kind: 'delete',
    description: "Japan: delete 'shall'",
    decisionId: 'd-2',
    rationale: '',
    supporters: [],
    opponents: [],
    status: 'rejected',
    history: [],
    ...overrides,
  };
}

describe('the amendments panel', () => {
  const state = proposedState();
  const records = new Map([['old', resolvedRecord({})]]);
  const all = amendmentsWithRecords(state.doc, records);
  const decisions = decisionChoices(state.doc);

  it('lists the amendments in the text in text order, then those only in the record', () => {
    expect(all.map((a) => [a.party, a.status, a.range === null])).toEqual([
      ['Norway', 'proposed', false],
      ['Brazil', 'proposed', false],
      ['Japan', 'rejected', true],
    ]);
    expect(all[1]?.description).toBe("Brazil: replace 'develop' with 'prepare'");
  });

  it('tells decisions with one placeholder number apart by their topic', () => {
    expect(decisions.map((d) => d.label)).toEqual(['14.AA · Cultural values', '14.AA · Partnership policy']);
  });

  it('filters by delegation, decision and status, pending by default', () => {
    expect(applyPanelFilter(all, DEFAULT_FILTER).map((a) => a.party)).toEqual(['Norway', 'Brazil']);
    expect(applyPanelFilter(all, { ...DEFAULT_FILTER, party: 'Brazil' }).map((a) => a.party)).toEqual(['Brazil']);
    expect(applyPanelFilter(all, { party: null, decisionId: 'd-2', status: 'all' }).map((a) => a.party)).toEqual([
      'Brazil',
      'Japan',
    ]);
    expect(applyPanelFilter(all, { ...DEFAULT_FILTER, status: 'rejected' }).map((a) => a.party)).toEqual(['Japan']);
    expect(partiesOf(all)).toEqual(['Brazil', 'Japan', 'Norway']);
    expect(countByStatus(all)).toEqual({ proposed: 2, accepted: 0, rejected: 1, withdrawn: 0 });
  });

  it('groups cards by decision in printed order, decided ones after those in the text', () => {
    const groups = groupByDecision(applyPanelFilter(all, { ...DEFAULT_FILTER, status: 'all' }), decisions);
    expect(groups.map((g) => [g.title, g.amendments.map((a) => a.party)])).toEqual([
      ['Decision 14.AA · Cultural values', ['Norway']],
      ['Decision 14.AA · Partnership policy', ['Brazil', 'Japan']],
    ]);
    const orphan = amendmentsWithRecords(state.doc, new Map([['x', resolvedRecord({ id: 'x', decisionId: 'gone' })]]));
    expect(groupByDecision(orphan, decisions).at(-1)?.title).toBe('Decisions no longer in the text');
  });

  it('names the scope of a bulk decision and asks with the count', () => {
    expect(bulkScopeLabel({ party: null, decisionId: null }, decisions)).toBe('in the whole document');
    expect(bulkScopeLabel({ party: 'Brazil', decisionId: 'd-2' }, decisions)).toBe(
      'from Brazil in decision 14.AA · Partnership policy',
    );
    expect(bulkQuestion('accept', 1, 'from Brazil')).toBe('Accept 1 pending amendment from Brazil?');
    expect(bulkQuestion('reject', 3, 'in the whole document')).toBe(
      'Reject 3 pending amendments in the whole document?',
    );
    // The engine's filter decides only pending amendments of that delegation and decision.
    const scope = pendingScope({ party: 'Brazil', decisionId: 'd-2', status: 'rejected' });
    expect(scope).toEqual({ status: 'proposed', party: 'Brazil', decisionId: 'd-2' });
    expect(listAmendments(state.doc, scope).map((a) => a.party)).toEqual(['Brazil']);
  });

  it('names delegations by their short name and times by the clock', () => {
    expect(partyLabel('Brazil')).toBe('BR');
    expect(partyLabel('Chair')).toBe('Chair');
    expect(partyLabel('Secretariat')).toBe('Secr.');
    const now = new Date('2025-06-01T12:00:00');
    expect(formatTime(new Date('2025-06-01T10:42:00').toISOString(), now)).toBe('10:42');
    expect(formatTime(new Date('2025-05-30T09:05:00').toISOString(), now)).toBe('30 May 09:05');
    expect(formatTime('not a date', now)).toBe('');
  });
});
