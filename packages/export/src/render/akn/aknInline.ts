import type { Change } from '../../amendments/Change.ts';
import type { Piece, Style } from '../../view/Piece.ts';
import { escapeXml } from '../escapeXml.ts';
import { partyId } from './aknIds.ts';
import { attributes } from './xmlLines.ts';

function styled(text: string, { bold, italic }: Style): string {
  let xml = escapeXml(text);
  if (italic) xml = `<i>${xml}</i>`;
  if (bold) xml = `<b>${xml}</b>`;
  return xml;
}

/** A change as <ins>/<del>: refersTo the delegation in the references, its name and time as the title. */
function changeElement(name: 'ins' | 'del', change: Change, content: string): string {
  const title = change.createdAt ? `${change.party}, ${change.createdAt}` : change.party;
  return `<${name}${attributes({ refersTo: `#${partyId(change.party)}`, title })}>${content}</${name}>`;
}

function aknOf(piece: Piece): string {
  switch (piece.kind) {
    case 'text':
      return styled(piece.text, piece);
    case 'insertion':
      return changeElement('ins', piece.change, styled(piece.text, piece));
    case 'deletion': {
      const deleted = changeElement('del', piece.change, styled(piece.text, piece));
      return piece.inserted ? changeElement('ins', piece.inserted, deleted) : deleted;
    }
    case 'attribution':
      return '';
    case 'bracket':
      return piece.side === 'open' ? '[' : ']';
    case 'party':
      return escapeXml(piece.text);
  }
}

/**
 * Pieces as Akoma Ntoso inline content. The attribution the other formats print is carried by refersTo, and
 * the brackets and labels of the bracketed view are text, as they are printed.
 */
export function aknInline(pieces: readonly Piece[]): string {
  return pieces.map(aknOf).join('');
}
