import type { Amendment } from '@draftroom/amendments';
import { describe, expect, it } from 'vitest';
import { firstCards } from './firstCards.ts';
import type { AmendmentGroup } from './groupByDecision.ts';

const group = (title: string, ids: string[]): AmendmentGroup => ({
  decisionId: title,
  title,
  amendments: ids.map((id) => ({ id }) as Amendment),
});
const ids = (groups: AmendmentGroup[]) => groups.map((g) => `${g.title}:${g.amendments.map((a) => a.id).join(',')}`);
const groups = [group('A', ['a1', 'a2', 'a3']), group('B', ['b1', 'b2']), group('C', ['c1'])];

describe('firstCards', () => {
  it('keeps the first cards in order across groups and counts the rest', () => {
    const { groups: shown, hidden } = firstCards(groups, 4);
    expect(ids(shown)).toEqual(['A:a1,a2,a3', 'B:b1']);
    expect(hidden).toBe(2);
  });

  it('shows everything when the list is short', () => {
    expect(firstCards(groups, 50)).toEqual({ groups, hidden: 0 });
  });

  it('always reaches the current amendment', () => {
    const { groups: shown, hidden } = firstCards(groups, 2, 'b2');
    expect(ids(shown)).toEqual(['A:a1,a2,a3', 'B:b1,b2']);
    expect(hidden).toBe(1);
  });
});
