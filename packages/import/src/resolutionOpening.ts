/**
 * The italic opening of resolution paragraphs. Lists, not grammar: a wrong italic is visible on the screen
 * everybody is reading, so only phrases known from UN resolutions are recognised, plus any "-ing" word for
 * preambular paragraphs, which always open with a participle.
 */
const ADVERB = String.raw`(?:also|further|furthermore|deeply|gravely|seriously|fully|strongly|firmly|once again|again|kindly|further also)\s+`;
const AFTERWORD = String.raw`(?:\s+(?:also|further|again|with (?:concern|deep concern|appreciation|satisfaction|interest)))?`;

const PARTICIPLES = [
  'bearing in mind',
  'taking note',
  'taking into account',
  'taking into consideration',
  'having considered',
  'having regard to',
  'aware',
  'conscious',
  'concerned',
  'mindful',
  'convinced',
  'cognizant',
  'cognisant',
  'determined',
  'desirous',
  'alarmed',
  'guided by',
  'pursuant to',
  '[a-z]+ing',
];

const VERBS = [
  'decides',
  'requests',
  'invites',
  'urges',
  'encourages',
  'instructs',
  'adopts',
  'approves',
  'calls upon',
  'calls on',
  'takes note',
  'welcomes',
  'notes',
  'recommends',
  'endorses',
  'agrees',
  'reaffirms',
  'recognizes',
  'recognises',
  'emphasizes',
  'emphasises',
  'stresses',
  'acknowledges',
  'expresses',
  'confirms',
  'affirms',
  'appeals',
  'directs',
  'authorizes',
  'authorises',
  'establishes',
  'repeals',
  'amends',
  'determines',
  'resolves',
  'appreciates',
  'thanks',
  'commends',
  'congratulates',
  'reiterates',
  'renews',
  'supports',
  'underlines',
  'highlights',
  'suggests',
  'recalls',
  'considers',
  'accepts',
  'requires',
  'charges',
  'entrusts',
];

const opening = (phrases: string[]) =>
  new RegExp(String.raw`^((?:${ADVERB})?(?:${phrases.join('|')})${AFTERWORD})(?=[\s,;:]|$)`, 'i');

const PREAMBULAR_OPENING = opening(PARTICIPLES);
const OPERATIVE_OPENING = opening(VERBS);
const STARTS_CAPITAL = /^\p{Lu}/u;

function matchOpening(pattern: RegExp, text: string): string | null {
  if (!STARTS_CAPITAL.test(text)) return null;
  return pattern.exec(text)?.[1] ?? null;
}

/** "Recalling", "Also recognizing", "Bearing in mind": only for a paragraph that ends with a comma. */
export function preambularOpening(text: string): string | null {
  return text.endsWith(',') ? matchOpening(PREAMBULAR_OPENING, text) : null;
}

/** "Decides", "Also requests", "Calls upon": the text after the paragraph number. */
export function operativeOpening(text: string): string | null {
  return matchOpening(OPERATIVE_OPENING, text);
}

/** "9.", "9bis.", "9 ter.": the number of an operative paragraph. Labels are recomputed, so only the suffix stays. */
const NUMBERED = /^(\d{1,3})\s*(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)?\.\s+(\S.*)$/;

export function splitOperativeNumber(text: string): { number: number; suffix: string | null; rest: string } | null {
  const match = NUMBERED.exec(text);
  if (!match?.[1] || match[3] === undefined) return null;
  return { number: Number(match[1]), suffix: match[2] ?? null, rest: match[3] };
}
