/**
 * The measures of the .docx, in twentieths of a point (Word's twips; 567 to the centimetre), as UN documents
 * lay out draft decisions: the decision number hanging 2 cm, each level of lettered sub-paragraphs 1 cm further
 * in with its label hanging 1 cm.
 */
export const DOCX_LAYOUT = {
  font: 'Times New Roman',
  /** Half-points. */
  size: 22,
  noteSize: 20,
  decisionIndent: 1134,
  subParagraphStep: 567,
  preambularIndent: 567,
  spaceAfter: 120,
  headingSpace: 240,
} as const;

/** Left indent of a sub-paragraph at a level: under the decision's text, one step in per level. */
export function subParagraphIndent(level: number): number {
  return DOCX_LAYOUT.decisionIndent + DOCX_LAYOUT.subParagraphStep * Math.min(Math.max(level, 1), 3);
}
