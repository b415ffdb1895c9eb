import type { CSSProperties } from 'react';
import { partyShortName } from './partyShortName.ts';
import { roleTitle } from './presenceUser.ts';
import type { Present } from './usePresence.ts';

function chipText(person: Present): string {
  if (person.party) return partyShortName(person.party);
  if (person.role === 'secretariat') return 'Secr.';
  return roleTitle(person.role);
}

/** Colour plus the Party's short name on the chip, full name, delegation and role on hover. */
export function PresenceList({ present }: { present: Present[] }) {
  return (
    <ul className="presence-list" aria-label="People in this document">
      {present.map((person) => {
        const details = [person.name, person.party ?? 'no delegation', roleTitle(person.role)].join(' · ');
        return (
          <li
            key={person.key}
            className={`presence-chip${person.isYou ? ' presence-chip--you' : ''}`}
            data-testid="presence-item"
            data-party={person.party ?? ''}
            data-role={person.role}
            data-name={person.name}
            title={person.isYou ? `${details} (you)` : details}
            style={{ '--chip-colour': person.color } as CSSProperties}
          >
            <span className="presence-chip__swatch" aria-hidden="true" />
            {chipText(person)}
            <span className="visually-hidden">: {details}</span>
          </li>
        );
      })}
    </ul>
  );
}
