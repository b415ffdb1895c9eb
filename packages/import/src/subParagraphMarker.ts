/** The typed label of a sub-paragraph: "a)", "(a)", "(ii)", "iv)", "(A)". */
export interface SubParagraphMarker {
  label: string;
  parenthesized: boolean;
  /** The text after the label: the label itself is computed from position once imported. */
  text: string;
}

/**
 * Lower-case labels are one letter, a doubled letter ("aa)", as long lists go on) or a roman numeral up to
 * "(xxxix)"; anything longer ("(see) …", "(and) …") is prose, not a label. Upper case needs parentheses.
 */
const MARKER = /^(\()?([a-z]{1,6}|[A-Z])\)\s+(\S.*)$/;
const ROMAN = /^(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})$/;
const LETTER = /^([a-z])\1?$/;

export function isRoman(label: string): boolean {
  return ROMAN.test(label);
}

export function readSubParagraphMarker(text: string): SubParagraphMarker | null {
  const match = MARKER.exec(text);
  const label = match?.[2];
  if (!match || !label || match[3] === undefined) return null;
  const parenthesized = match[1] === '(';
  if (/^[A-Z]$/.test(label) && !parenthesized) return null;
  if (!/^[A-Z]$/.test(label) && !LETTER.test(label) && !isRoman(label)) return null;
  return { label, parenthesized, text: match[3] };
}
