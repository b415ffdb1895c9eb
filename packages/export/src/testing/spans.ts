import type { Change } from '../amendments/Change.ts';
import type { Span } from '../draft/Draft.ts';

/** For tests: a change by a delegation; the amendment id defaults to one per party and kind. */
export function change(kind: Change['kind'], party: string, amendmentId = `${party}-${kind}`): Change {
  return { kind, amendmentId, party, author: `Delegate of ${party}`, createdAt: '2026-02-09T14:00:00.000Z' };
}

/** For tests: a span of text with the given pending changes. */
export function span(text: string, ...changes: Change[]): Span {
  return {
    text,
    bold: false,
    italic: false,
    insertions: changes.filter((c) => c.kind === 'insertion'),
    deletions: changes.filter((c) => c.kind === 'deletion'),
  };
}
