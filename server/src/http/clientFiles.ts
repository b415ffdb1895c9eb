import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

interface ClientFile {
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
  type: string;
  /** Named after its content (Vite's hash): it never changes, so a browser may keep it for good. */
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Reads the built client (its pages, scripts and styles; source maps stay on disk) into memory, gzipped too. */
export function readClientFiles(root: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>();
  for (const path of walk(root)) {
    const type = TYPES[extname(path)];
    if (!type) continue;
    const body = new Uint8Array(readFileSync(path));
    const url = `/${relative(root, path).split(sep).join('/')}`;
    files.set(url, { body, gzipped: new Uint8Array(gzipSync(body)), type, immutable: url.startsWith('/assets/') });
  }
  return files;
}

/**
 * Serves the built client from memory: each file is answered within the turn of the event loop its request
 * arrives in. Served from disk, a script took several turns (stat, open, read), and a large document's room
 * loading meanwhile (a few hundred milliseconds of synchronous work) held the editor's script back until it was
 * done. Scripts and styles go gzipped when the browser takes it (a venue's network is slow and shared), and
 * hashed assets are cached for good. `page` answers every other path (the single page app's routes).
 */
export function clientFiles(files: Map<string, ClientFile>, page: string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const file = files.get(c.req.path) ?? (c.req.path.startsWith('/assets/') ? undefined : files.get(page));
    if (!file) return next();
    const gzip = /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    if (gzip) c.header('Content-Encoding', 'gzip');
    return c.body(gzip ? file.gzipped : file.body);
  };
}
