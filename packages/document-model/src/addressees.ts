/**
 * Addressees of a "Directed to …" group. Known bodies are named without their article; anything else is
 * kept as the free words the secretariat wrote ("Parties, intergovernmental and non-governmental
 * organizations, and others").
 */
export const KNOWN_ADDRESSEES = [
  'Parties',
  'Secretariat',
  'Scientific Council',
  'Standing Committee',
  'Conference of the Parties',
] as const;

const TAKES_ARTICLE = new Set(['Secretariat', 'Scientific Council', 'Standing Committee', 'Conference of the Parties']);

function withArticle(addressee: string): string {
  return TAKES_ARTICLE.has(addressee) ? `the ${addressee}` : addressee;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The heading printed above a group of decisions: `["Secretariat"]` → "Directed to the Secretariat". */
export function directedToText(addressees: readonly string[]): string {
  const names = addressees.map((a) => a.trim()).filter(Boolean);
  if (names.length === 0) return 'Directed to …';
  return `Directed to ${joinList(names.map(withArticle))}`;
}

function knownName(words: string): string | undefined {
  const bare = words.trim().replace(/^the\s+/i, '');
  return KNOWN_ADDRESSEES.find((known) => known.toLowerCase() === bare.toLowerCase());
}

/**
 * Reads the words after "Directed to". A list made only of known bodies becomes those bodies; anything
 * else stays as one free-words addressee, exactly as written.
 */
export function parseAddressees(text: string): string[] {
  const words = text
    .trim()
    .replace(/^directed to\s+/i, '')
    .replace(/[.:;]\s*$/, '')
    .trim();
  if (!words) return [];
  const parts = words.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  const known = parts.map(knownName);
  if (known.every((k): k is string => k !== undefined)) return known;
  return [words];
}
