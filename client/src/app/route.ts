export type Route = { page: 'documents' } | { page: 'document'; id: string } | { page: 'missing' };

/** Two pages, so no router library: the path is the whole state. */
export function route(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'documents' };
  const match = /^\/d\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) return { page: 'document', id: decodeURIComponent(match[1]) };
  return { page: 'missing' };
}
