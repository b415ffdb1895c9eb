/**
 * One colour per delegation, the same on every screen: everyone derives it from the Party's name, so no
 * server round-trip or shared table is needed. Dark, distinct hues that keep white caret labels readable;
 * the Party's short name always goes with the colour, so no one has to tell colours apart.
 * CollaborationCaret accepts #rrggbb only.
 */
export const DELEGATION_PALETTE = [
  '#1f5fa8',
  '#b3401b',
  '#0b7a5a',
  '#8e3b8a',
  '#8a6a00',
  '#a3284e',
  '#7a5230',
  '#5b5fc7',
  '#4d7a1f',
  '#a34d00',
  '#006d77',
  '#6b4f9e',
] as const;

/**
 * FNV-1a, then murmur3's final mix: FNV alone leaves the low bits that `% palette` reads poorly mixed, and
 * put Brazil, the European Union and Japan on one colour. Tiny, and stable across browsers.
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The colour of a delegation; people without a Party (chair, secretariat) are coloured by their role. */
export function delegationColour(partyOrRole: string): string {
  const key = partyOrRole.trim().toLowerCase();
  return DELEGATION_PALETTE[hash(key) % DELEGATION_PALETTE.length] ?? DELEGATION_PALETTE[0];
}
