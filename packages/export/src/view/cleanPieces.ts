import type { Span } from '../draft/Draft.ts';
import type { Piece } from './Piece.ts';

/** The clean view: pending insertions are left out, text proposed for deletion stays as plain text. */
export function cleanPieces(spans: readonly Span[]): Piece[] {
  return spans
    .filter((span) => span.insertions.length === 0)
    .map(({ text, bold, italic }) => ({ kind: 'text', text, bold, italic }));
}
