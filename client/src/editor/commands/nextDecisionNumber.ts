import type { Node as PMNode } from '@tiptap/pm/model';

/** "15.AA", "15.BB", "14.CCC": a draft number before adoption (meeting, then a repeated capital letter). */
const PLACEHOLDER = /^(?:(\d+)\.)?([A-Z])\2*$/;
const MEETING = /^(\d+)\./;

/** AA → 0, BB → 1 … ZZ → 25, AAA → 26: placeholders run on after ZZ by growing a letter. */
function placeholderRank(letters: string): number {
  return (letters.length - 2) * 26 + (letters.charCodeAt(0) - 65);
}

function placeholderOfRank(rank: number): string {
  const r = Math.max(0, rank);
  return String.fromCharCode(65 + (r % 26)).repeat(Math.floor(r / 26) + 2);
}

/**
 * The placeholder for a new decision: the next letter pair after the highest one of its meeting among
 * `numbers` ("15.AA", "15.BB" → "15.CC"). The meeting comes from `current` (the decision the user is in) or
 * else from any number present; with no number anywhere it is left out ("AA").
 */
export function nextDecisionNumber(numbers: readonly string[], current?: string): string {
  const meeting =
    (current ? MEETING.exec(current.trim())?.[1] : undefined) ??
    numbers.map((n) => MEETING.exec(n.trim())?.[1]).find((m) => m !== undefined);
  let highest = -1;
  for (const number of current ? [...numbers, current] : numbers) {
    const match = PLACEHOLDER.exec(number.trim());
    if (!match || (match[1] ?? meeting) !== meeting) continue;
    const letters = match[0].slice(match[0].indexOf('.') + 1);
    highest = Math.max(highest, placeholderRank(letters.length < 2 ? letters + letters : letters));
  }
  const letters = placeholderOfRank(highest + 1);
  return meeting ? `${meeting}.${letters}` : letters;
}

/** Every decision number under a node, in document order. */
export function decisionNumbers(scope: PMNode): string[] {
  const numbers: string[] = [];
  scope.descendants((node) => {
    if (node.type.name === 'decision') {
      numbers.push(String(node.attrs.number ?? ''));
      return false;
    }
    return !node.isTextblock;
  });
  return numbers;
}
