import type { CSSProperties } from 'react';
import { delegationColour } from '../collaboration/delegationColour.ts';
import { partyLabel } from './partyLabel.ts';

/** A delegation's colour with its short name on it, and the full name on hover: never colour alone. */
export function PartyChip({ party, quiet }: { party: string; quiet?: boolean }) {
  return (
    <span
      className={quiet ? 'party-chip party-chip--quiet' : 'party-chip'}
      title={party}
      data-party={party}
      style={{ '--chip-colour': delegationColour(party) } as CSSProperties}
    >
      {partyLabel(party)}
    </span>
  );
}
