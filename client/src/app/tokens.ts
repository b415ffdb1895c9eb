/**
 * Where the tokens live. The admin token survives browser restarts (it is the secretariat's machine); an
 * invite token lives for the tab only, so that a shared projector laptop does not keep a delegate's access.
 */
const ADMIN_KEY = 'draftroom.adminToken';
const documentKey = (id: string) => `draftroom.token.${id}`;

export function readAdminToken(): string | null {
  return localStorage.getItem(ADMIN_KEY);
}

export function saveAdminToken(token: string): void {
  localStorage.setItem(ADMIN_KEY, token);
}

export function forgetAdminToken(): void {
  localStorage.removeItem(ADMIN_KEY);
}

export function readDocumentToken(id: string): string | null {
  return sessionStorage.getItem(documentKey(id));
}

export function saveDocumentToken(id: string, token: string): void {
  sessionStorage.setItem(documentKey(id), token);
}

export function forgetDocumentToken(id: string): void {
  sessionStorage.removeItem(documentKey(id));
}

/**
 * Moves a token from the address bar into storage and removes it from the URL, so that it does not end up in
 * the history, in a screenshot of the projected screen, or in a link someone copies from the address bar.
 */
export function takeTokenFromUrl(param: string, save: (token: string) => void): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get(param);
  if (!token) return;
  save(token);
  url.searchParams.delete(param);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** The token that opens a document: one just arrived in the link, the tab's own, or the admin's. */
export function documentToken(id: string): string | null {
  takeTokenFromUrl('token', (token) => saveDocumentToken(id, token));
  return readDocumentToken(id) ?? readAdminToken();
}
