/**
 * Word bookmarks survive conversion to text as "[bookmark: _Hlk19709381]", alone or glued to a real line.
 * They are never negotiation brackets: those hold words, not "bookmark:" and an identifier.
 */
const BOOKMARK = /\[bookmark:\s*[^\]\s]*\]/gi;

/** A tab (and the spaces around it) is layout, usually the gap after a number: one space keeps the words apart. */
const TAB = /[ ]*\t[ \t]*/g;

export function cleanLine(raw: string): string {
  return raw.replace(BOOKMARK, '').replace(TAB, ' ').trim();
}
