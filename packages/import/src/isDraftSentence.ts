const HAS_LETTER = /\p{L}/u;

/** Labels that stand alone on a line in negotiated text and are kept although they are not sentences. */
const ALTERNATIVE_LABEL = /^(?:option|alt(?:ernative)?)\s*\d+\b|^no text\b/i;

/**
 * Whether a line that continues a decision is text someone wrote. Logos, stamps and footers leave short
 * scraps after the annex ("UN", "environment", "CcMS"); a sentence has at least three words. Bracketed text
 * and "Option 1" / "Alt 2" / "No text" are kept whatever their length: they are part of the negotiation.
 */
export function isDraftSentence(text: string): boolean {
  if (text.startsWith('[') || ALTERNATIVE_LABEL.test(text)) return true;
  return text.split(/\s+/).filter((word) => HAS_LETTER.test(word)).length >= 3;
}
