import { describe, expect, it } from 'vitest';
import { keepsLocalCopy, localCopyName } from './localCopy.ts';
import { FRESH_COPY_CODES, mayLoadFreshCopy, refusalMessage } from './refusalMessage.ts';

describe('a refused change', () => {
  it('is told in the server’s words, as a sentence', () => {
    expect(refusalMessage(4403, 'This text is agreed and closed for amendments').message).toBe(
      'This text is agreed and closed for amendments.',
    );
    expect(refusalMessage(4403, 'only the chair can accept or reject an amendment').message).toBe(
      'Only the chair can accept or reject an amendment.',
    );
    expect(refusalMessage(4400, 'Refused: unknown mark "comment"').message).toBe('Unknown mark "comment".');
    expect(refusalMessage(4403, '').message).toBe('That change is not allowed for your role.');
    expect(refusalMessage(4413, 'Message too large').message).toBe('The last change was too large to send.');
    expect(refusalMessage(4403, 'x').detail).toContain('fresh copy');
    expect([...FRESH_COPY_CODES].sort()).toEqual([4400, 4403, 4413]);
  });

  it('loads a fresh copy at most three times a minute', () => {
    expect(mayLoadFreshCopy([], 100_000)).toBe(true);
    expect(mayLoadFreshCopy([50_000, 60_000], 100_000)).toBe(true);
    expect(mayLoadFreshCopy([50_000, 60_000, 70_000], 100_000)).toBe(false);
    expect(mayLoadFreshCopy([10_000, 20_000, 30_000], 100_000)).toBe(true);
  });

  it('is never kept in the browser by a delegate; the chair’s copy is per person', () => {
    expect(keepsLocalCopy('delegate')).toBe(false);
    expect(keepsLocalCopy('observer')).toBe(false);
    expect(keepsLocalCopy('chair')).toBe(true);
    expect(keepsLocalCopy('secretariat')).toBe(true);
    expect(localCopyName('d1', { role: 'chair', party: null, name: 'Amina Diallo' })).toBe(
      'draftroom:d1:chair::Amina%20Diallo',
    );
  });
});
