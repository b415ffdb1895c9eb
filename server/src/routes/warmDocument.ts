import { createMiddleware } from 'hono/factory';
import { type Authenticator, canOpen } from '../auth/identity.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { RoomManager } from '../sync/RoomManager.ts';

/**
 * `GET /d/:id?token=…`, the page of a document opened from an invite link: if the link is valid for that
 * document, its room starts loading now, while the browser fetches and starts the editor, instead of when the
 * editor connects. On a 300-decision compilation that hides most of the server's cold load (about 200 ms). The
 * page itself is served as always; nothing is said about the token here.
 */
export function warmDocument(deps: { auth: Authenticator; store: DocumentStore; rooms: RoomManager }) {
  return createMiddleware(async function warmRoom(c, next) {
    const id = c.req.param('id');
    const identity = deps.auth.identify(c.req.query('token'));
    if (id && identity && canOpen(identity, id) && (await deps.store.getDocument(id))) void deps.rooms.warm(id);
    await next();
  });
}
