import { Y_META } from '@draftroom/protocol';
import type * as Y from 'yjs';

/** `meta.status` while the chair has closed the document: only the chair may change it (the server enforces it). */
export const CLOSED_STATUS = 'closed';
/** The status a reopened document goes back to. */
export const REOPENED_STATUS = 'negotiation';
/** `meta.secretariatDecides`: 'true' when the chair lets the secretariat accept and reject. */
export const SECRETARIAT_DECIDES = 'secretariatDecides';

export interface DocumentControls {
  closed: boolean;
  secretariatDecides: boolean;
}

export function readDocumentControls(ydoc: Y.Doc): DocumentControls {
  const meta = ydoc.getMap<unknown>(Y_META);
  return { closed: meta.get('status') === CLOSED_STATUS, secretariatDecides: meta.get(SECRETARIAT_DECIDES) === 'true' };
}

/** The chair closes the whole document for everyone but the chair, or reopens it. */
export function setDocumentClosed(ydoc: Y.Doc, closed: boolean): void {
  ydoc.getMap<unknown>(Y_META).set('status', closed ? CLOSED_STATUS : REOPENED_STATUS);
}

/** The chair allows the secretariat to accept and reject amendments, or withdraws that. */
export function setSecretariatDecides(ydoc: Y.Doc, allowed: boolean): void {
  ydoc.getMap<unknown>(Y_META).set(SECRETARIAT_DECIDES, allowed ? 'true' : 'false');
}
