import type { Change } from '../amendments/Change.ts';
import type { Piece, Style } from '../view/Piece.ts';
import { escapeXml } from './escapeXml.ts';

function styled(text: string, { bold, italic }: Style): string {
  let html = escapeXml(text);
  if (italic) html = `<em>${html}</em>`;
  if (bold) html = `<strong>${html}</strong>`;
  return html;
}

/** The tooltip and data of a change: who proposed it, and when. */
function changeAttributes(change: Change): string {
  const when = change.createdAt ? `, ${change.createdAt}` : '';
  return `data-party="${escapeXml(change.party)}" title="${escapeXml(`${change.party}${when}`)}"`;
}

function htmlOf(piece: Piece): string {
  switch (piece.kind) {
    case 'text':
      return styled(piece.text, piece);
    case 'insertion':
      return `<ins ${changeAttributes(piece.change)}>${styled(piece.text, piece)}</ins>`;
    case 'deletion': {
      const deleted = `<del ${changeAttributes(piece.change)}>${styled(piece.text, piece)}</del>`;
      return piece.inserted ? `<ins ${changeAttributes(piece.inserted)}>${deleted}</ins>` : deleted;
    }
    case 'attribution':
      return `${piece.spaceBefore ? ' ' : ''}<span class="party">(${escapeXml(piece.parties.join(', '))})</span>${piece.spaceAfter ? ' ' : ''}`;
    case 'bracket':
      return piece.side === 'open' ? '[' : ']';
    case 'party':
      return `<b class="party-label">${escapeXml(piece.text)}</b>`;
  }
}

/** Pieces as HTML: <ins> and <del> for the tracked view, each with its delegation. */
export function htmlPieces(pieces: readonly Piece[]): string {
  return pieces.map(htmlOf).join('');
}
