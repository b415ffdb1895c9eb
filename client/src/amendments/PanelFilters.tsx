import type { AmendmentStatus } from '@draftroom/amendments';
import type { DecisionChoice } from './decisionChoices.ts';
import { type PanelFilter, STATUS_CHOICES } from './panelFilter.ts';

interface PanelFiltersProps {
  filter: PanelFilter;
  onChange: (filter: PanelFilter) => void;
  parties: string[];
  decisions: DecisionChoice[];
  counts: Record<AmendmentStatus, number>;
}

/** Which amendments the panel lists: by delegation, by decision, by status. */
export function PanelFilters({ filter, onChange, parties, decisions, counts }: PanelFiltersProps) {
  return (
    <div className="panel-filters">
      <div className="panel-filters__row">
        <label className="panel-filters__field">
          <span className="visually-hidden">Delegation</span>
          <select
            className="panel-filters__select"
            data-testid="filter-party"
            value={filter.party ?? ''}
            onChange={(event) => onChange({ ...filter, party: event.target.value || null })}
          >
            <option value="">All delegations</option>
            {parties.map((party) => (
              <option key={party} value={party}>
                {party}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-filters__field">
          <span className="visually-hidden">Decision</span>
          <select
            className="panel-filters__select"
            data-testid="filter-decision"
            value={filter.decisionId ?? ''}
            onChange={(event) => onChange({ ...filter, decisionId: event.target.value || null })}
          >
            <option value="">All decisions</option>
            {decisions.map((decision) => (
              <option key={decision.id} value={decision.id}>
                {decision.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="status-tabs" aria-label="Status">
        {STATUS_CHOICES.map((choice) => {
          const count = choice.value === 'all' ? null : counts[choice.value];
          return (
            <label
              key={choice.value}
              className={`status-tabs__option${filter.status === choice.value ? ' is-selected' : ''}`}
            >
              <input
                type="radio"
                name="amendment-status"
                value={choice.value}
                data-testid={`filter-status-${choice.value}`}
                checked={filter.status === choice.value}
                onChange={() => onChange({ ...filter, status: choice.value })}
              />
              {choice.label}
              {count !== null && count > 0 && <span className="status-tabs__count">{count}</span>}
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
