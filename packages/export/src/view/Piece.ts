import type { Change } from '../amendments/Change.ts';

export interface Style {
  bold: boolean;
  italic: boolean;
}

/**
 * What a view makes of the text, ready for any format to print:
 * - `text`: agreed text (or, in the clean view, everything printed);
 * - `insertion` / `deletion`: a pending change (tracked view); a deletion of text that is itself a pending
 *   insertion keeps that insertion as `inserted`;
 * - `attribution`: the delegations that proposed the changes just before (tracked view), with whether a space
 *   must separate it from the text before and after, so that "(Japan)" never runs into a word;
 * - `bracket`: a square bracket of the negotiating text (bracketed view);
 * - `party`: the label opening a bracketed proposal, "Brazil: " or "Japan delete: " (bracketed view).
 */
export type Piece =
  | ({ kind: 'text'; text: string } & Style)
  | ({ kind: 'insertion'; text: string; change: Change } & Style)
  | ({ kind: 'deletion'; text: string; change: Change; inserted?: Change } & Style)
  | { kind: 'attribution'; parties: string[]; spaceBefore: boolean; spaceAfter: boolean }
  | { kind: 'bracket'; side: 'open' | 'close' }
  | { kind: 'party'; text: string };
