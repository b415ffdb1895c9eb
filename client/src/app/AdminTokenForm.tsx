import { type FormEvent, useState } from 'react';

/** Shown when this browser has no admin token yet: the server prints an admin link when it starts. */
export function AdminTokenForm({ onToken, problem }: { onToken: (token: string) => void; problem: string | null }) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onToken(value.trim());
  };
  return (
    <form className="panel admin-token" onSubmit={submit} data-testid="admin-token-form">
      <h2 className="panel__title">Secretariat sign-in</h2>
      <p>
        The list of documents is for the secretariat. Open the admin link the Draftroom server printed when it started
        (it ends in <code>?admin=…</code>), or paste the admin token here.
      </p>
      <p className="muted">Delegates and observers: open the invitation link you were sent.</p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="field__row">
        <input
          className="field__input field__input--mono field--grow"
          data-testid="admin-token-input"
          aria-label="Admin token"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="Admin token"
        />
        <button type="submit" className="button button--primary">
          Continue
        </button>
      </div>
    </form>
  );
}
