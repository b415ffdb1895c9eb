import { partyShortName } from '../collaboration/partyShortName.ts';

/** The short label on a delegation's chip; the chair and the secretariat are named by their role. */
export function partyLabel(party: string): string {
  if (party === 'Chair') return 'Chair';
  if (party === 'Secretariat') return 'Secr.';
  return partyShortName(party);
}
