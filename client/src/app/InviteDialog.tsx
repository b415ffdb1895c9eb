import { ROLES, type Role } from '@draftroom/protocol';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api, type Invite } from './api.ts';
import { Dialog } from './Dialog.tsx';

const ROLE_HELP: Record<Role, string> = {
  chair: 'Runs the session; can invite others.',
  secretariat: 'At the keyboard; edits the text.',
  delegate: 'Speaks for a Party; edits the text.',
  observer: 'Watches the text; cannot edit.',
};

/** Parties seen most often, offered as suggestions; any other name may be typed. */
const COMMON_PARTIES = [
  'Argentina',
  'Australia',
  'Brazil',
  'Canada',
  'Chile',
  'China',
  'Colombia',
  'Ecuador',
  'Egypt',
  'European Union',
  'France',
  'Germany',
  'India',
  'Japan',
  'Kenya',
  'Mexico',
  'Monaco',
  'Norway',
  'Peru',
  'Philippines',
  'Senegal',
  'South Africa',
  'Switzerland',
  'Uganda',
  'United Kingdom',
  'Uruguay',
];

interface InviteDialogProps {
  documentId: string;
  documentTitle: string;
  token: string;
  onClose: () => void;
}

/** Mints a personal link for one participant; the link is the participant's only credential. */
export function InviteDialog({ documentId, documentTitle, token, onClose }: InviteDialogProps) {
  const [role, setRole] = useState<Role>('delegate');
  const [party, setParty] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invite, setInvite] = useState<Invite | null>(null);
  const [copied, setCopied] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);

  const needsParty = role === 'delegate';
  const link = invite ? new URL(invite.url, window.location.origin).href : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (needsParty && !party.trim()) {
      setError('A delegate speaks for a Party: enter the Party.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const request = {
        role,
        ...(party.trim() ? { party: party.trim() } : {}),
        ...(name.trim() ? { name: name.trim() } : {}),
      };
      setInvite(await api.createInvite(token, documentId, request));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The invitation could not be created.');
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    linkRef.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard access needs a secure context; the link is selected, so Ctrl+C still works.
      setCopied(false);
    }
  };

  return (
    <Dialog title={`Invite to “${documentTitle}”`} onClose={onClose} testId="invite-dialog">
      {invite ? (
        <div className="form">
          <label className="field">
            <span className="field__label">
              Link for {name.trim() || roleName(role)}
              {party.trim() ? ` (${party.trim()})` : ''}
            </span>
            <input
              ref={linkRef}
              className="field__input field__input--mono"
              data-testid="invite-link"
              readOnly
              value={link}
              onFocus={(event) => event.target.select()}
            />
            <span className="field__hint">
              Anyone with this link joins as {roleName(role).toLowerCase()}. Send it to this person only.
            </span>
          </label>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setInvite(null)}>
              Invite someone else
            </button>
            <button type="button" className="button" onClick={copy} data-testid="invite-copy">
              {copied ? 'Copied' : 'Copy link'}
            </button>
            <button type="button" className="button button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit}>
          <fieldset className="field">
            <legend className="field__label">Role</legend>
            <div className="radio-list">
              {ROLES.map((r) => (
                <label key={r} className="radio">
                  <input
                    type="radio"
                    name="role"
                    value={r}
                    data-testid={`invite-role-${r}`}
                    checked={role === r}
                    onChange={() => setRole(r)}
                  />
                  <span>
                    <strong>{roleName(r)}</strong> <span className="muted">— {ROLE_HELP[r]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field">
            <span className="field__label">Party{needsParty ? '' : ' (optional)'}</span>
            <input
              className="field__input"
              data-testid="invite-party"
              list="invite-parties"
              value={party}
              onChange={(event) => setParty(event.target.value)}
              placeholder={role === 'observer' ? 'e.g. BirdLife International' : 'e.g. Brazil'}
            />
            <datalist id="invite-parties">
              {COMMON_PARTIES.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span className="field__label">Name (optional)</span>
            <input
              className="field__input"
              data-testid="invite-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder="Shown next to their cursor"
            />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={busy} data-testid="invite-create">
              {busy ? 'Creating…' : 'Create link'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function roleName(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
