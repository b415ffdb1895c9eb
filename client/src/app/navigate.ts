/** Client-side navigation: App listens for this event as it does for the browser's back and forward. */
export const NAVIGATE_EVENT = 'draftroom:navigate';

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** A path within this site from a URL the server returned, which may be absolute or relative. */
export function localPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
