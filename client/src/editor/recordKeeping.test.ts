import { suggestTransaction } from '@draftroom/amendments';
import { describe, expect, it } from 'vitest';
import { BRAZIL, posOf, testState } from '../amendments/testDocument.ts';
import { mayChangeRecords } from './recordKeeping.ts';

describe('which local transactions go to the record keeper', () => {
  it('skips plain typing away from proposals, keeps proposals, typing beside them and structure changes', () => {
    const state = testState();
    const at = posOf(state.doc, 'review');
    expect(mayChangeRecords(state.tr.insertText('x', at))).toBe(false);
    expect(mayChangeRecords(state.tr.delete(at, at + 3))).toBe(false);
    expect(mayChangeRecords(state.tr.split(at))).toBe(true);
    expect(mayChangeRecords(state.tr.setNodeAttribute(posOf(state.doc, 'The') - 1, 'id', 'p-9'))).toBe(true);

    const tracked = suggestTransaction(state, state.tr.insertText('new ', at), BRAZIL);
    expect(tracked && mayChangeRecords(tracked)).toBe(true);
    const proposed = state.apply(tracked as NonNullable<typeof tracked>);
    // Right after the proposed words, and far from them.
    expect(mayChangeRecords(proposed.tr.insertText('y', at + 4))).toBe(true);
    expect(mayChangeRecords(proposed.tr.insertText('y', posOf(proposed.doc, 'policy')))).toBe(false);
  });
});
