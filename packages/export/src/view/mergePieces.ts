import type { Piece } from './Piece.ts';

function sameRun(a: Piece, b: Piece): boolean {
  if (a.kind !== b.kind || !('text' in a) || !('text' in b)) return false;
  if (a.kind === 'party' || b.kind === 'party') return false;
  if (!('bold' in a) || !('bold' in b) || a.bold !== b.bold || a.italic !== b.italic) return false;
  if (a.kind === 'text') return true;
  const changeA = 'change' in a ? a.change : null;
  const changeB = 'change' in b ? b.change : null;
  const insertedA = a.kind === 'deletion' ? a.inserted?.amendmentId : undefined;
  const insertedB = b.kind === 'deletion' ? b.inserted?.amendmentId : undefined;
  return changeA?.amendmentId === changeB?.amendmentId && insertedA === insertedB;
}

/**
 * Joins neighbouring pieces that print alike (same kind, formatting and change), so that a word split by a
 * mark boundary that the view no longer shows prints as one run — one w:r in Word, one <ins> in HTML.
 */
export function mergePieces(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && sameRun(last, piece) && 'text' in last && 'text' in piece) {
      merged[merged.length - 1] = { ...last, text: last.text + piece.text } as Piece;
    } else merged.push(piece);
  }
  return merged;
}
