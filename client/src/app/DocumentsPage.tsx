import { useCallback, useEffect, useState } from 'react';
import { AdminTokenForm } from './AdminTokenForm.tsx';
import { ApiError, api, type DocumentSummary } from './api.ts';
import { formatActivity } from './formatActivity.ts';
import { InviteDialog } from './InviteDialog.tsx';
import { NewDocumentForm } from './NewDocumentForm.tsx';
import { localPath, navigate } from './navigate.ts';
import { statusLabel } from './statusLabel.ts';
import { forgetAdminToken, readAdminToken, saveAdminToken, takeTokenFromUrl } from './tokens.ts';

type List = { kind: 'loading' } | { kind: 'ready'; documents: DocumentSummary[] } | { kind: 'failed'; message: string };

function initialAdminToken(): string | null {
  takeTokenFromUrl('admin', saveAdminToken);
  return readAdminToken();
}

export function DocumentsPage() {
  const [adminToken, setAdminToken] = useState<string | null>(initialAdminToken);
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  const [list, setList] = useState<List>({ kind: 'loading' });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [inviteFor, setInviteFor] = useState<{ id: string; title: string } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Documents — Draftroom';
  }, []);

  const refresh = useCallback(async () => {
    if (!adminToken) return;
    try {
      const documents = await api.listDocuments(adminToken);
      documents.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      setList({ kind: 'ready', documents });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) {
        forgetAdminToken();
        setAdminToken(null);
        setTokenProblem('That admin token is not valid. Use the admin link the server printed when it started.');
        return;
      }
      setList({
        kind: 'failed',
        message: caught instanceof ApiError ? caught.message : 'The documents could not be listed.',
      });
    }
  }, [adminToken]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  const openAsChair = async (id: string) => {
    if (!adminToken) return;
    setOpening(id);
    setActionError(null);
    try {
      const invite = await api.createInvite(adminToken, id, { role: 'chair', name: 'Chair' });
      navigate(localPath(invite.url));
    } catch (caught) {
      setActionError(caught instanceof ApiError ? caught.message : 'The document could not be opened.');
      setOpening(null);
    }
  };

  if (!adminToken) {
    return (
      <div className="screen screen--documents">
        <PageHeader />
        <main className="documents">
          <AdminTokenForm
            problem={tokenProblem}
            onToken={(token) => {
              saveAdminToken(token);
              setTokenProblem(null);
              setList({ kind: 'loading' });
              setAdminToken(token);
            }}
          />
        </main>
      </div>
    );
  }

  return (
    <div className="screen screen--documents">
      <PageHeader />
      <main className="documents">
        <div className="documents__head">
          <h1 className="documents__title">Documents</h1>
          {!creating && (
            <button
              type="button"
              className="button button--primary"
              data-testid="new-document"
              onClick={() => {
                setCreated(null);
                setCreating(true);
              }}
            >
              New document
            </button>
          )}
        </div>

        {creating && (
          <NewDocumentForm
            adminToken={adminToken}
            onCancel={() => setCreating(false)}
            onCreated={(document) => {
              setCreating(false);
              setCreated(document);
              refresh();
            }}
          />
        )}

        {created && (
          <div className="panel panel--success" data-testid="created-notice" role="status">
            <p>
              <strong>“{created.title}”</strong> was created.
            </p>
            <div className="form__actions form__actions--start">
              <button
                type="button"
                className="button button--primary"
                data-testid="created-open-as-chair"
                disabled={opening === created.id}
                onClick={() => openAsChair(created.id)}
              >
                Open as chair
              </button>
              <button type="button" className="button" onClick={() => setInviteFor(created)}>
                Invite…
              </button>
              <button type="button" className="button button--quiet" onClick={() => setCreated(null)}>
                Dismiss
              </button>
            </div>
          </div>
        )}

        {actionError && (
          <p className="error" role="alert">
            {actionError}
          </p>
        )}

        {list.kind === 'loading' && <p className="muted">Loading documents…</p>}
        {list.kind === 'failed' && (
          <p className="error" role="alert">
            {list.message}
          </p>
        )}
        {list.kind === 'ready' && list.documents.length === 0 && !creating && (
          <p className="empty-state">No documents yet. Create one from the draft decisions of an agenda item.</p>
        )}
        {list.kind === 'ready' && list.documents.length > 0 && (
          <table className="documents-table" data-testid="documents-table">
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Symbol</th>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Last activity</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.documents.map((doc) => {
                const activity = formatActivity(doc.updatedAt);
                return (
                  <tr key={doc.id} data-testid="document-row" data-id={doc.id}>
                    <td className="documents-table__meeting">{doc.meeting || '—'}</td>
                    <td className="documents-table__symbol">{doc.symbol || '—'}</td>
                    <td className="documents-table__title">{doc.title}</td>
                    <td>
                      <span className={`status status--${doc.status}`}>{statusLabel(doc.status)}</span>
                    </td>
                    <td className="documents-table__activity" title={activity.absolute}>
                      {activity.relative}
                    </td>
                    <td className="documents-table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        data-testid="open-as-chair"
                        disabled={opening === doc.id}
                        onClick={() => openAsChair(doc.id)}
                      >
                        {opening === doc.id ? 'Opening…' : 'Open as chair'}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        data-testid="invite"
                        onClick={() => setInviteFor({ id: doc.id, title: doc.title })}
                      >
                        Invite…
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </main>
      {inviteFor && (
        <InviteDialog
          documentId={inviteFor.id}
          documentTitle={inviteFor.title}
          token={adminToken}
          onClose={() => setInviteFor(null)}
        />
      )}
    </div>
  );
}

function PageHeader() {
  return (
    <header className="app-header">
      <div className="app-header__title">
        <a className="brand" href="/">
          Draftroom
        </a>
        <span className="app-header__sep" aria-hidden="true">
          ·
        </span>
        <span className="app-header__muted">Co-drafting of decisions for contact groups</span>
      </div>
    </header>
  );
}
