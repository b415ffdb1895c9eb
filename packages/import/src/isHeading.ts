/**
 * A topic heading is written in capitals ("PARTNERSHIP POLICY"). Scraps left by logos and footers after the
 * annex ("UV", "UN", "7N", "A\") are capitals too, so a heading also needs four letters, must start with a
 * letter (or the bracket of a contested heading) and may hold only the punctuation titles use.
 */
export function isHeading(text: string): boolean {
  if (text.length > 200 || /\p{Ll}/u.test(text)) return false;
  if (!/^\[?\p{Lu}/u.test(text)) return false;
  if (!/^[\p{Lu}\p{M}\d\s\-–—&'’,.:;()[\]/]+$/u.test(text)) return false;
  return (text.match(/\p{Lu}/gu) ?? []).length >= 4;
}
