import { describe, expect, it } from 'vitest';
import { planRenumbering } from './planRenumbering.ts';
import { renumberReferences } from './renumberReferences.ts';

describe('planRenumbering', () => {
  it('numbers placeholders in document order from the start', () => {
    const plan = planRenumbering(['15.AA', '15.BB', '15.CC'], { meeting: '15', first: 1 });
    expect(plan.numbers).toEqual(['15.1', '15.2', '15.3']);
    expect([...plan.references]).toEqual([
      ['15.AA', '15.1'],
      ['15.BB', '15.2'],
      ['15.CC', '15.3'],
    ]);
  });

  it('keeps assigned numbers and does not give them twice', () => {
    const plan = planRenumbering(['15.AA', '15.2', '15.BB', ''], { meeting: '15', first: 1 });
    expect(plan.numbers).toEqual(['15.1', '15.2', '15.3', '']);
  });

  it('renumbers a shared placeholder but keeps its references, which are ambiguous', () => {
    const plan = planRenumbering(['14.AA', '14.AA'], { meeting: '15', first: 7 });
    expect(plan.numbers).toEqual(['15.7', '15.8']);
    expect(plan.references.size).toBe(0);
  });
});

describe('renumberReferences', () => {
  const references = new Map([
    ['15.AA', '15.1'],
    ['15.BB', '15.2'],
  ]);

  it('updates single and listed references', () => {
    expect(renumberReferences('as set out in Decision 15.AA.', references)).toBe('as set out in Decision 15.1.');
    expect(renumberReferences('Decisions 15.AA and 15.BB, and 15.AA–15.BB', references)).toBe(
      'Decisions 15.1 and 15.2, and 15.1–15.2',
    );
  });

  it('leaves other numbers alone', () => {
    expect(renumberReferences('Decisions 14.8–14.10, 15.CC, 115.AA and 15.AAB', references)).toBe(
      'Decisions 14.8–14.10, 15.CC, 115.AA and 15.AAB',
    );
  });
});
