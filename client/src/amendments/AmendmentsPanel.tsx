import type { Amendment } from '@draftroom/amendments';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { AmendmentCard } from './AmendmentCard.tsx';
import type { AmendmentIdentity } from './amendmentIdentity.ts';
import { BulkDecisions } from './BulkDecisions.tsx';
import { bulkScopeLabel } from './bulkScope.ts';
import type { DecisionChoice } from './decisionChoices.ts';
import { firstCards } from './firstCards.ts';
import { groupByDecision } from './groupByDecision.ts';
import { PanelFilters } from './PanelFilters.tsx';
import {
  applyPanelFilter,
  countByStatus,
  matchesPanelFilter,
  type PanelFilter,
  partiesOf,
  pendingScope,
} from './panelFilter.ts';
import type { AmendmentActions } from './useAmendmentActions.ts';

interface AmendmentsPanelProps {
  amendments: Amendment[];
  /** False until the amendments have been read from the loaded document: the panel says so instead of "0". */
  read: boolean;
  decisions: DecisionChoice[];
  filter: PanelFilter;
  onFilter: (filter: PanelFilter) => void;
  current: string | null;
  identity: AmendmentIdentity;
  decides: boolean;
  active: boolean;
  actions: AmendmentActions;
}

/**
 * The chair's cockpit beside the text: every amendment with its delegation, author, time, the change in words,
 * rationale and stances; filters; accept and reject on each card and for many at once.
 */
export const AmendmentsPanel = memo(AmendmentsPanelView);

/** Cards drawn when the panel opens, and how many more each time the reader reaches the end. */
const FIRST_CARDS = 50;
const MORE_CARDS = 200;

function AmendmentsPanelView(props: AmendmentsPanelProps) {
  const { amendments, read, decisions, filter, onFilter, current, identity, decides, active, actions } = props;
  const inScope = amendments.filter((a) => matchesPanelFilter(a, { ...filter, status: 'all' }));
  const shown = applyPanelFilter(amendments, filter);
  const [limit, setLimit] = useState(FIRST_CARDS);
  const { groups, hidden } = firstCards(groupByDecision(shown, decisions), limit, current);
  const showMore = useCallback(() => setLimit((count) => count + MORE_CARDS), []);
  const pendingInScope = inScope.filter((a) => a.status === 'proposed' && a.range !== null);
  const pendingTotal = amendments.filter((a) => a.status === 'proposed').length;

  return (
    <aside className="amendments-panel" aria-label="Amendments" data-testid="amendments-panel">
      <header className="amendments-panel__head">
        <h2 className="amendments-panel__title">Amendments</h2>
        <span className="amendments-panel__count" data-testid="pending-count">
          {read ? `${pendingTotal} pending` : 'Counting…'}
        </span>
      </header>
      <PanelFilters
        filter={filter}
        onChange={onFilter}
        parties={partiesOf(amendments)}
        decisions={decisions}
        counts={countByStatus(inScope)}
      />
      {decides && active && (
        <BulkDecisions
          pending={pendingInScope}
          scope={bulkScopeLabel(filter, decisions)}
          onDecide={(verdict) => actions.decideMany(verdict, pendingScope(filter))}
        />
      )}
      <div className="amendments-panel__list">
        {groups.length === 0 && (
          <p className="amendments-panel__empty" data-testid="amendments-empty">
            {!read
              ? 'Reading the amendments…'
              : amendments.length === 0
                ? 'No amendments yet. Proposals appear here as delegations make them.'
                : 'No amendments match these filters.'}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.decisionId ?? group.title} className="amendment-group">
            <h3 className="amendment-group__title">
              {group.title}
              <span className="amendment-group__count">{group.amendments.length}</span>
            </h3>
            <ol className="amendment-group__list">
              {group.amendments.map((amendment) => (
                <AmendmentCard
                  key={amendment.id}
                  amendment={amendment}
                  current={amendment.id === current}
                  identity={identity}
                  decides={decides}
                  active={active}
                  actions={actions}
                />
              ))}
            </ol>
          </section>
        ))}
        {hidden > 0 && <MoreCards hidden={hidden} onMore={showMore} />}
      </div>
    </aside>
  );
}

/** The end of a long list: more cards come when it scrolls into view, or on a click (keyboard users). */
function MoreCards({ hidden, onMore }: { hidden: number; onMore: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button ref={ref} type="button" className="amendments-panel__more" data-testid="more-amendments" onClick={onMore}>
      Show {Math.min(hidden, MORE_CARDS)} more ({hidden} not shown)
    </button>
  );
}
