import type { Amendment } from '@draftroom/amendments';
import { type FormEvent, type MouseEvent, useState } from 'react';
import { type AmendmentIdentity, isOwnAmendment, mayTakeStance } from './amendmentIdentity.ts';
import { AMENDMENT_SHORTCUTS } from './amendmentShortcuts.ts';
import type { AmendmentActions as Actions } from './useAmendmentActions.ts';

interface AmendmentActionsProps {
  amendment: Amendment;
  identity: AmendmentIdentity;
  /** Whether this person may decide now (the chair; the secretariat when allowed). */
  decides: boolean;
  /** Whether this person may act at all now (connected, document open for them). */
  active: boolean;
  actions: Actions;
  /** The popover in the text shows the decision buttons only; the card shows everything. */
  compact?: boolean;
}

/** Buttons keep the focus where it was (the text), so the chair can go on with the keyboard. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * What this person can do with one amendment: the chair accepts or rejects it; another delegation supports or
 * opposes it; its own delegation withdraws it or explains it. Nothing is shown that the server would refuse.
 */
export function AmendmentActions({ amendment, identity, decides, active, actions, compact }: AmendmentActionsProps) {
  const [writing, setWriting] = useState(false);
  const [rationale, setRationale] = useState(amendment.record?.rationale ?? '');
  if (!active || amendment.status !== 'proposed' || amendment.range === null) return null;
  const own = isOwnAmendment(amendment, identity);
  const stance = identity.party
    ? amendment.record?.supporters.includes(identity.party)
      ? 'support'
      : amendment.record?.opponents.includes(identity.party)
        ? 'oppose'
        : null
    : null;
  const run = (action: () => void) => (event: MouseEvent) => {
    event.stopPropagation();
    action();
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    actions.setRationale(amendment.id, rationale.trim());
    setWriting(false);
  };

  return (
    <div className="amendment-actions">
      {decides && (
        <>
          <button
            type="button"
            className="button button--small button--accept"
            data-testid={compact ? 'popover-accept' : 'amendment-accept'}
            title={`Accept (${AMENDMENT_SHORTCUTS.accept.label})`}
            onMouseDown={keepFocus}
            onClick={run(() => actions.decide('accept', amendment.id))}
          >
            Accept
          </button>
          <button
            type="button"
            className="button button--small button--reject"
            data-testid={compact ? 'popover-reject' : 'amendment-reject'}
            title={`Reject (${AMENDMENT_SHORTCUTS.reject.label})`}
            onMouseDown={keepFocus}
            onClick={run(() => actions.decide('reject', amendment.id))}
          >
            Reject
          </button>
        </>
      )}
      {mayTakeStance(amendment, identity) && (
        <>
          <button
            type="button"
            className="button button--small button--stance"
            aria-pressed={stance === 'support'}
            data-testid="amendment-support"
            title={stance === 'support' ? 'Withdraw your support' : `Support on behalf of ${identity.party}`}
            onMouseDown={keepFocus}
            onClick={run(() => actions.setStance(amendment.id, stance === 'support' ? null : 'support'))}
          >
            Support
          </button>
          <button
            type="button"
            className="button button--small button--stance"
            aria-pressed={stance === 'oppose'}
            data-testid="amendment-oppose"
            title={stance === 'oppose' ? 'Withdraw your opposition' : `Oppose on behalf of ${identity.party}`}
            onMouseDown={keepFocus}
            onClick={run(() => actions.setStance(amendment.id, stance === 'oppose' ? null : 'oppose'))}
          >
            Oppose
          </button>
        </>
      )}
      {own && !compact && (
        <>
          <button
            type="button"
            className="button button--small button--quiet"
            data-testid="amendment-rationale-edit"
            onClick={run(() => setWriting((value) => !value))}
          >
            {amendment.record?.rationale ? 'Edit rationale' : 'Add rationale'}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            data-testid="amendment-withdraw"
            title="Take this proposal back: the text returns to what it was"
            onMouseDown={keepFocus}
            onClick={run(() => actions.withdraw(amendment.id))}
          >
            Withdraw
          </button>
        </>
      )}
      {writing && (
        <form className="rationale-form" onSubmit={save}>
          <textarea
            className="field__input rationale-form__text"
            data-testid="amendment-rationale-input"
            aria-label="Rationale"
            value={rationale}
            onChange={(event) => setRationale(event.target.value)}
            placeholder="Why your delegation proposes this"
            rows={3}
          />
          <div className="rationale-form__actions">
            <button type="button" className="button button--small" onClick={() => setWriting(false)}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button--small button--primary"
              data-testid="amendment-rationale-save"
            >
              Save
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
