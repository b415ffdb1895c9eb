import { requestEarlyDetails } from './app/earlyDetails.ts';
import { route } from './app/route.ts';
import { documentToken } from './app/tokens.ts';
import { startEarlySession } from './collaboration/earlySession.ts';

/**
 * The page's first script, kept small (Yjs and the WebSocket provider, no React, no editor): if the address is a
 * document, it asks for the document's details and opens its connection at once, so that the server loads the
 * room while the browser is still fetching and running the rest (main.tsx). A large document takes the server
 * a few hundred milliseconds to load; the editor's script takes about as long to arrive and run.
 */
const opening = route(window.location.pathname);
const token = opening.page === 'document' ? documentToken(opening.id) : null;
if (opening.page === 'document' && token) {
  requestEarlyDetails(opening.id, token);
  startEarlySession(opening.id, token);
}
