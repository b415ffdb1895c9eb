/** Characters that could start emphasis, links, code, HTML or entities anywhere in a line. */
const INLINE = /[\\`*_[\]<>~&|]/g;

/** What makes a line a heading, a list item, a quote or a rule when it starts a paragraph. */
const LINE_START = /^(\s*)(#|[-+=]|\d+(?=[.)]\s))/;

/** Text that Markdown prints as it is: the agreed text of a negotiation must not turn into a link or a list. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, (char) => `\\${char}`);
}

/** Escapes what would start a block construct at the start of a paragraph ("1. text" is not an ordered list). */
export function escapeLineStart(line: string): string {
  return line.replace(LINE_START, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}
