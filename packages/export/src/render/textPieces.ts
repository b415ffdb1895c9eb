import type { Piece } from '../view/Piece.ts';

function textOf(piece: Piece): string {
  switch (piece.kind) {
    case 'text':
    case 'party':
      return piece.text;
    case 'insertion':
      return `{++${piece.text}++}`;
    case 'deletion':
      return `{--${piece.text}--}`;
    case 'attribution':
      return `{>>${piece.parties.join(', ')}<<}`;
    case 'bracket':
      return piece.side === 'open' ? '[' : ']';
  }
}

/**
 * Pieces as plain text. Plain text cannot underline or strike through, so the tracked view uses CriticMarkup,
 * the plain-text convention for tracked changes: {++inserted++}, {--deleted--}, {>>Brazil<<} for who proposed
 * them. Formatting (bold, italic) is dropped.
 */
export function textPieces(pieces: readonly Piece[]): string {
  return pieces.map(textOf).join('');
}
