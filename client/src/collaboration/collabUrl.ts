/** The collaboration endpoint on the same origin as the page (Vite proxies it in development). */
export function collabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/collab`;
}
