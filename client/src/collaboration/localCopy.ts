import type { ViewerRole } from '../app/api.ts';

/**
 * Whether this person's edits are also kept in the browser (IndexedDB), so that a tab closed while offline
 * loses nothing: the chair and the secretariat, who edit the text itself. A delegate's pending edits stay in
 * memory only: an edit the server refused must never come back from a local copy.
 */
export function keepsLocalCopy(role: ViewerRole): boolean {
  return role === 'chair' || role === 'secretariat' || role === 'admin';
}

/**
 * One local copy per document and person: a copy holds edits written under its owner's Yjs client ids, which
 * the server accepts only from that invite.
 */
export function localCopyName(
  documentId: string,
  user: { role: ViewerRole; party: string | null; name: string },
): string {
  return ['draftroom', documentId, user.role, user.party ?? '', user.name].map(encodeURIComponent).join(':');
}
