/**
 * A decision number opens its line: meeting, dot, then 1–3 digits once adopted ("14.8", "15.12") or two
 * capitals while a draft ("15.AA"), and "(Rev. COP15)" when a later meeting amended it. The number is kept as
 * written, revision included, because delegates cite it that way.
 */
const DECISION_LINE = /^(\d{1,2}\.(?:\d{1,3}|[A-Z]{2})(?:\s*\(Rev\.\s*COP\s*\d+\))?)(?:\s+(.*))?$/;

export function splitDecisionNumber(text: string): { number: string; rest: string } | null {
  const match = DECISION_LINE.exec(text);
  if (!match?.[1]) return null;
  return { number: match[1], rest: (match[2] ?? '').trim() };
}
