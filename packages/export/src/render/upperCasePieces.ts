import type { Piece } from '../view/Piece.ts';

/** The text of pieces in capitals (topic headings print in capitals), delegations' names left as they are. */
export function upperCasePieces(pieces: readonly Piece[]): Piece[] {
  return pieces.map((piece) =>
    'text' in piece && piece.kind !== 'party' ? { ...piece, text: piece.text.toUpperCase() } : piece,
  );
}
