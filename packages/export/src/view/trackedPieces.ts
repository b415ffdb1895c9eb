import type { Span } from '../draft/Draft.ts';
import { clusterSpans } from './clusterSpans.ts';
import type { Piece } from './Piece.ts';
import { partiesOf } from './partiesOf.ts';

/** Text that would run into the attribution: not a space, not closing punctuation. */
const WORD_START = /^[^\s,.;:!?)\]]/;

function changedPiece(span: Span): Piece {
  const { text, bold, italic } = span;
  const [deletion] = span.deletions;
  const [insertion] = span.insertions;
  if (deletion)
    return { kind: 'deletion', text, bold, italic, change: deletion, ...(insertion ? { inserted: insertion } : {}) };
  if (insertion) return { kind: 'insertion', text, bold, italic, change: insertion };
  return { kind: 'text', text, bold, italic };
}

/**
 * The tracked view (conference-room paper): each change as an insertion or a deletion, and after each cluster
 * of related changes (see clusterSpans) the delegations that proposed them — so a replacement reads
 * "develop prepare (Brazil)" with one attribution, and a neighbouring proposal by Japan gets its own.
 */
export function trackedPieces(spans: readonly Span[]): Piece[] {
  const runs = clusterSpans(spans);
  return runs.flatMap((run, index): Piece[] => {
    if (run.agreed) return run.spans.map(changedPiece);
    const parties = [...new Set(run.spans.flatMap(partiesOf))];
    const before = run.spans[run.spans.length - 1]?.text ?? '';
    const after = runs[index + 1]?.spans[0]?.text ?? '';
    return [
      ...run.spans.map(changedPiece),
      { kind: 'attribution', parties, spaceBefore: !/\s$/.test(before), spaceAfter: WORD_START.test(after) },
    ];
  });
}
