/** A decision number standing alone in the text: not part of a longer number or word. */
const NUMBER_IN_TEXT = /(?<![\w.])\d+\.[A-Z]+(?![\w])/g;

/**
 * Rewrites references to renumbered decisions: "Decision 15.AA" → "Decision 15.1", and each number of
 * "Decisions 15.AA and 15.BB" or "15.AA–15.BB". A placeholder can only be a reference to a draft decision, so
 * every standalone occurrence is one; placeholders the plan does not know are left as they are.
 */
export function renumberReferences(text: string, references: ReadonlyMap<string, string>): string {
  if (references.size === 0) return text;
  return text.replace(NUMBER_IN_TEXT, (number) => references.get(number) ?? number);
}
