/** One paragraph of the source, as read from plain text or from a Word document. */
export interface SourceLine {
  text: string;
  /**
   * Set on a paragraph that Word numbers by itself: its printed label ("a)", "1.") is not part of the text,
   * so only its nesting tells what it is.
   */
  list?: { ordered: boolean; depth: number };
}
