import type { CSSProperties } from 'react';
import { delegationColour } from '../collaboration/delegationColour.ts';

/**
 * A value a delegation proposes for a block (a decision's number, a group's addressees), shown next to the
 * current one: "14.AA → 15.3 (Norway)". The block keeps its value until the chair accepts.
 */
export function ProposedValue({ party, value, testId }: { party: string; value: string; testId: string }) {
  return (
    <span
      className="proposed-value"
      data-testid={testId}
      data-party={party}
      title={`${party} proposes ${value}`}
      style={{ '--party-colour': delegationColour(party) } as CSSProperties}
    >
      → {value} <span className="proposed-value__party">({party})</span>
    </span>
  );
}
