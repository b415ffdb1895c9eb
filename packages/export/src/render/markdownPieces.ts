import type { Piece, Style } from '../view/Piece.ts';
import { escapeMarkdown } from './escapeMarkdown.ts';

/** Emphasis around text; spaces at its edges go outside, where Markdown expects them. */
function emphasize(text: string, { bold, italic }: Style): string {
  const escaped = escapeMarkdown(text);
  const marker = `${bold ? '**' : ''}${italic ? '*' : ''}`;
  const match = /^(\s*)(.*?)(\s*)$/s.exec(escaped);
  if (!marker || !match?.[2]) return escaped;
  return `${match[1]}${marker}${match[2]}${[...marker].reverse().join('')}${match[3]}`;
}

function markdownOf(piece: Piece): string {
  switch (piece.kind) {
    case 'text':
      return emphasize(piece.text, piece);
    case 'insertion':
      return `<ins>${emphasize(piece.text, piece)}</ins>`;
    case 'deletion': {
      const deleted = `<del>${emphasize(piece.text, piece)}</del>`;
      return piece.inserted ? `<ins>${deleted}</ins>` : deleted;
    }
    case 'attribution':
      return `${piece.spaceBefore ? ' ' : ''}*(${escapeMarkdown(piece.parties.join(', '))})*${piece.spaceAfter ? ' ' : ''}`;
    case 'bracket':
      return piece.side === 'open' ? '\\[' : '\\]';
    case 'party':
      return emphasize(piece.text, { bold: true, italic: false });
  }
}

/**
 * Pieces as Markdown. Markdown has no underline, so changes are the inline HTML that GitHub and most renderers
 * show: <ins> underlined, <del> struck through.
 */
export function markdownPieces(pieces: readonly Piece[]): string {
  return pieces.map(markdownOf).join('');
}
