import type { Amendment, HistoryEntry } from '@draftroom/amendments';
import { memo, useEffect, useRef } from 'react';
import { AmendmentActions } from './AmendmentActions.tsx';
import type { AmendmentIdentity } from './amendmentIdentity.ts';
import { formatTime } from './formatTime.ts';
import { PartyChip } from './PartyChip.tsx';
import type { AmendmentActions as Actions } from './useAmendmentActions.ts';

interface AmendmentCardProps {
  amendment: Amendment;
  current: boolean;
  identity: AmendmentIdentity;
  decides: boolean;
  active: boolean;
  actions: Actions;
}

const STATUS_WORDS: Record<HistoryEntry['status'], string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** "Accepted by Amina Diallo · 10:45", from the last entry of the record's history. */
function decisionLine(entry: HistoryEntry): string {
  const who = entry.party ? `${entry.by} (${entry.party})` : entry.by;
  const fell = entry.cause ? ', with another amendment' : '';
  return `${STATUS_WORDS[entry.status]} by ${who}${fell} · ${formatTime(entry.at)}`;
}

/** What a card shows of its amendment and record (not its positions, which shift with every keystroke before it). */
function shownOf({ id, status, party, author, createdAt, description, range, record }: Amendment): unknown[] {
  const last = record?.history.at(-1);
  return [
    id,
    status,
    party,
    author,
    createdAt,
    description,
    range === null,
    record === null,
    record?.rationale,
    record?.supporters.join('\n'),
    record?.opponents.join('\n'),
    last?.status,
    last?.by,
    last?.party,
    last?.at,
    last?.cause,
  ];
}

function sameCard(before: AmendmentCardProps, after: AmendmentCardProps): boolean {
  if (
    before.current !== after.current ||
    before.identity !== after.identity ||
    before.decides !== after.decides ||
    before.active !== after.active ||
    before.actions !== after.actions
  ) {
    return false;
  }
  if (before.amendment === after.amendment) return true;
  const a = shownOf(before.amendment);
  const b = shownOf(after.amendment);
  return a.every((value, index) => value === b[index]);
}

/**
 * One amendment in the panel. Redrawn only when what it shows changed: the panel is read again after edits,
 * and a thousand cards redrawn for one changed amendment would stall the text.
 */
export const AmendmentCard = memo(AmendmentCardView, sameCard);

/** One amendment in the panel: who, when, the change in words, why, who supports it, and what one can do. */
function AmendmentCardView({ amendment, current, identity, decides, active, actions }: AmendmentCardProps) {
  const ref = useRef<HTMLLIElement>(null);
  const record = amendment.record;
  const last = record?.history.at(-1);

  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the card's button below is the keyboard way in
    <li
      ref={ref}
      className={`amendment-card amendment-card--${amendment.status}${current ? ' is-current' : ''}`}
      data-testid="amendment-card"
      data-amendment-id={amendment.id}
      data-party={amendment.party}
      data-status={amendment.status}
      aria-current={current ? 'true' : undefined}
      onClick={(event) => {
        // Buttons and the rationale form inside the card do their own thing.
        if (!(event.target as HTMLElement).closest('button, form')) actions.select(amendment.id);
      }}
    >
      <div className="amendment-card__head">
        <PartyChip party={amendment.party} />
        <span className="amendment-card__author">{amendment.author}</span>
        <time className="amendment-card__time" dateTime={amendment.createdAt}>
          {formatTime(amendment.createdAt)}
        </time>
      </div>
      <button
        type="button"
        className="amendment-card__what"
        data-testid="amendment-description"
        title={amendment.range ? 'Show it in the text' : 'No longer in the text'}
        onClick={(event) => {
          event.stopPropagation();
          actions.select(amendment.id);
        }}
      >
        {amendment.description}
      </button>
      {record?.rationale && <p className="amendment-card__rationale">{record.rationale}</p>}
      {record && (record.supporters.length > 0 || record.opponents.length > 0) && (
        <p className="amendment-card__stances" data-testid="amendment-stances">
          {record.supporters.length > 0 && (
            <span>
              Supported by{' '}
              {record.supporters.map((party) => (
                <PartyChip key={party} party={party} quiet />
              ))}
            </span>
          )}
          {record.opponents.length > 0 && (
            <span>
              Opposed by{' '}
              {record.opponents.map((party) => (
                <PartyChip key={party} party={party} quiet />
              ))}
            </span>
          )}
        </p>
      )}
      {last && amendment.status !== 'proposed' && (
        <p className="amendment-card__decision" data-testid="amendment-decision">
          {decisionLine(last)}
        </p>
      )}
      <AmendmentActions amendment={amendment} identity={identity} decides={decides} active={active} actions={actions} />
    </li>
  );
}
