import { toLetters } from '@draftroom/document-model';
import { isRoman, type SubParagraphMarker } from './subParagraphMarker.ts';

/**
 * The lettered sub-paragraphs seen so far in one run. A paragraph between them ends the run, because the
 * computed labels start again at a) there too.
 */
export interface LetterRun {
  count: number;
  last: SubParagraphMarker | null;
}

export const newLetterRun = (): LetterRun => ({ count: 0, last: null });

/** The letter the next level-1 sub-paragraph of the run will be labelled with. */
export const expectedLetter = (run: LetterRun): string => toLetters(run.count + 1);

/**
 * Level 1 for letters, 2 for roman numerals, 3 for "(A)". "i)", "v)" and "x)" are both: such a label is a
 * letter only when it is the very next letter of the run in the same bracket style ("h)" then "i)"), and a
 * roman numeral otherwise ("a)" then "(i)", or "i)" opening a list under a decision).
 */
export function subParagraphLevel(marker: SubParagraphMarker, run: LetterRun): number {
  if (/^[A-Z]$/.test(marker.label)) return 3;
  if (!isRoman(marker.label)) return 1;
  const continuesLetters =
    run.last !== null && run.last.parenthesized === marker.parenthesized && marker.label === expectedLetter(run);
  return continuesLetters ? 1 : 2;
}
