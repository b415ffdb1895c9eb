import type { Span } from '../draft/Draft.ts';

/** The delegations behind the changes on a span, each once, in the order they appear. */
export function partiesOf(span: Span): string[] {
  return [...new Set([...span.insertions, ...span.deletions].map((change) => change.party))];
}
