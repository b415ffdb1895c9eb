import type { Amendment, Verdict } from '@draftroom/amendments';
import { useState } from 'react';
import { Dialog } from '../app/Dialog.tsx';
import { bulkQuestion } from './bulkScope.ts';

interface BulkDecisionsProps {
  /** The pending amendments in scope, in text order. */
  pending: Amendment[];
  /** "from Brazil", "in decision 14.AA", "in the whole document". */
  scope: string;
  onDecide: (verdict: Verdict) => void;
}

const LISTED = 8;

/**
 * Accept or reject every pending amendment the filters select — all from a delegation, all in a decision, or
 * everything — always behind a confirmation that says how many and which.
 */
export function BulkDecisions({ pending, scope, onDecide }: BulkDecisionsProps) {
  const [asking, setAsking] = useState<Verdict | null>(null);
  const count = pending.length;
  return (
    <div className="bulk-decisions">
      <span className="bulk-decisions__scope" title={`Every pending amendment ${scope}`}>
        {count} pending
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="bulk-accept"
        title={bulkQuestion('accept', count, scope)}
        disabled={count === 0}
        onClick={() => setAsking('accept')}
      >
        Accept all…
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="bulk-reject"
        title={bulkQuestion('reject', count, scope)}
        disabled={count === 0}
        onClick={() => setAsking('reject')}
      >
        Reject all…
      </button>
      {asking && (
        <Dialog title={bulkQuestion(asking, count, scope)} onClose={() => setAsking(null)} testId="bulk-dialog" wide>
          <div className="form">
            <ul className="bulk-dialog__list">
              {pending.slice(0, LISTED).map((amendment) => (
                <li key={amendment.id}>{amendment.description}</li>
              ))}
              {count > LISTED && <li className="muted">and {count - LISTED} more</li>}
            </ul>
            <p className="muted">Each is recorded with your name and the time. A decision cannot be undone.</p>
            <div className="form__actions">
              <button type="button" className="button" onClick={() => setAsking(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="bulk-confirm"
                onClick={() => {
                  onDecide(asking);
                  setAsking(null);
                }}
              >
                {asking === 'accept' ? 'Accept' : 'Reject'} {count}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </div>
  );
}
