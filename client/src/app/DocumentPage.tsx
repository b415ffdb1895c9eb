import { canWrite, isRole } from '@draftroom/protocol';
import { useEffect, useMemo, useState } from 'react';
import { amendmentIdentityOf } from '../amendments/amendmentIdentity.ts';
import { ConnectionStatus } from '../collaboration/ConnectionStatus.tsx';
import { PresenceList } from '../collaboration/PresenceList.tsx';
import { type PresenceUser, presenceUserOf, roleTitle } from '../collaboration/presenceUser.ts';
import { useCollaboration } from '../collaboration/useCollaboration.ts';
import { useConnection } from '../collaboration/useConnection.ts';
import { useDocumentControls } from '../collaboration/useDocumentControls.ts';
import { useDocumentMeta } from '../collaboration/useDocumentMeta.ts';
import { usePresence } from '../collaboration/usePresence.ts';
import { useUnsavedWarning } from '../collaboration/useUnsavedWarning.ts';
import { DocumentEditor } from '../editor/DocumentEditor.tsx';
import { ApiError, api, type DocumentDetails } from './api.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { takeEarlyDetails } from './earlyDetails.ts';
import { InviteDialog } from './InviteDialog.tsx';
import { documentToken, forgetDocumentToken } from './tokens.ts';
import { useAccessCheck } from './useAccessCheck.ts';

type Load = { kind: 'loading' } | { kind: 'ready'; details: DocumentDetails } | { kind: 'failed'; message: string };

export function DocumentPage({ id }: { id: string }) {
  const [token] = useState(() => documentToken(id));
  const [load, setLoad] = useState<Load>(() =>
    token
      ? { kind: 'loading' }
      : { kind: 'failed', message: 'Open this document with the invitation link you were sent.' },
  );

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    (takeEarlyDetails(id, token) ?? api.getDocument(token, id)).then(
      (details) => !cancelled && setLoad({ kind: 'ready', details }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) forgetDocumentToken(id);
        setLoad({ kind: 'failed', message: failureMessage(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, token]);

  const details = load.kind === 'ready' ? load.details : null;
  const user = useMemo(() => (details ? presenceUserOf(details.you) : null), [details]);
  const identity = useMemo(() => (details ? amendmentIdentityOf(details.you) : null), [details]);
  // The connection opens with the page; a link that turns out not to open the document closes it again, rather
  // than leave it retrying in the background.
  const { session, refusal, dismissRefusal, stopped } = useCollaboration(
    id,
    load.kind === 'failed' ? null : token,
    user,
  );
  const liveConnection = useConnection(session);
  const accessLost = useAccessCheck(id, token, liveConnection, session?.provider ?? null);
  const lost = accessLost ?? stopped;
  const connection = lost ? { ...liveConnection, state: 'disconnected' as const, fatal: lost } : liveConnection;
  const present = usePresence(session?.provider ?? null);
  const meta = useDocumentMeta(session?.ydoc ?? null);
  const controls = useDocumentControls(session?.ydoc ?? null);
  useUnsavedWarning(session?.saved ?? null);
  const [inviting, setInviting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const title = meta.title ?? details?.title ?? '';
  const symbol = meta.symbol ?? details?.symbol ?? '';
  useEffect(() => {
    document.title = title ? `${symbol ? `${symbol} · ` : ''}${title} — Draftroom` : 'Draftroom';
  }, [title, symbol]);

  const you = details?.you;
  const writer = you ? you.role === 'admin' || (isRole(you.role) && canWrite(you.role)) : false;
  // The chair closes the document for everyone else; the server refuses their changes, so the editor does too.
  const closedToYou = controls.closed && identity?.role !== 'chair';
  const editable = writer && connection.everSynced && !connection.fatal && !closedToYou;
  const readOnlyReason = !you
    ? null
    : !writer
      ? 'Read only — observers follow the text'
      : connection.fatal
        ? 'Read only — disconnected'
        : !connection.everSynced
          ? 'Loading the document…'
          : closedToYou
            ? 'Read only — the chair has closed this document'
            : controls.closed
              ? 'Closed to everyone but you'
              : null;
  const canInvite = you?.role === 'chair' || you?.role === 'admin';

  return (
    <div className="screen screen--document">
      <header className="app-header">
        <div className="app-header__title">
          <a className="brand" href="/" title="All documents (needs the admin link)">
            Draftroom
          </a>
          {symbol && (
            <>
              <span className="app-header__sep" aria-hidden="true">
                ·
              </span>
              <span className="app-header__symbol" data-testid="document-symbol">
                {symbol}
              </span>
            </>
          )}
          {title && (
            <>
              <span className="app-header__sep" aria-hidden="true">
                ·
              </span>
              <h1 className="app-header__doc-title" data-testid="document-title">
                {title}
              </h1>
            </>
          )}
        </div>
        {details && user && session && (
          <div className="app-header__aside">
            <span className="you" title="You">
              {youLine(user)}
            </span>
            <PresenceList present={present} />
            {token && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setExporting(true)}
                data-testid="export"
              >
                Export…
              </button>
            )}
            {canInvite && token && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setInviting(true)}
                data-testid="share"
              >
                Invite…
              </button>
            )}
          </div>
        )}
        <ConnectionStatus connection={connection} saved={session?.saved ?? null} />
      </header>

      {load.kind === 'loading' && <p className="notice">Opening the document…</p>}
      {load.kind === 'failed' && (
        <div className="notice notice--error" role="alert" data-testid="document-error">
          <p>{load.message}</p>
        </div>
      )}

      {refusal && (
        <div className="refusal" role="alert" data-testid="refusal">
          <div className="refusal__text">
            <strong className="refusal__message" data-testid="refusal-message">
              {refusal.message}
            </strong>{' '}
            <span>{refusal.detail}</span>
          </div>
          <button type="button" className="button button--small" onClick={dismissRefusal} data-testid="refusal-dismiss">
            OK
          </button>
        </div>
      )}

      {details && user && identity && session && (
        <DocumentEditor
          documentId={id}
          session={session}
          user={user}
          identity={identity}
          controls={controls}
          editable={editable}
          writer={writer}
          readOnlyReason={readOnlyReason}
        />
      )}

      {exporting && token && <ExportDialog documentId={id} token={token} onClose={() => setExporting(false)} />}

      {inviting && token && details && (
        <InviteDialog
          documentId={id}
          documentTitle={title || details.title}
          token={token}
          onClose={() => setInviting(false)}
        />
      )}
    </div>
  );
}

/** "Ana Souza · Brazil · Delegate", without repeating a name that is only the role ("Chair"). */
function youLine(user: PresenceUser): string {
  const role = roleTitle(user.role);
  return [user.name === role ? null : user.name, user.party, role].filter(Boolean).join(' · ');
}

function failureMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The document could not be opened.';
  if (error.status === 401)
    return 'This invitation link is not valid or has expired. Ask the chair or the secretariat for a new one.';
  if (error.status === 403) return 'This link does not give access to this document.';
  if (error.status === 404) return 'This document does not exist, or it was removed.';
  return error.message;
}
