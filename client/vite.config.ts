import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The page's first script only opens the document's connection and then imports the app (main.tsx); this asks
 * the browser to fetch the app's chunk at once, alongside the first, instead of after it has run.
 */
function preloadTheApp(): Plugin {
  let base = '/';
  return {
    name: 'draftroom:preload-the-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { chunk }) {
        return (chunk?.dynamicImports ?? []).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The API and the collaboration socket live on the Draftroom server; in development Vite proxies both so the
// client keeps same-origin URLs, exactly as when the server serves the built files.
const server = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), preloadTheApp()],
  server: {
    proxy: {
      '/api': server,
      '/collab': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Two chunks: the first (Yjs, the connection: about 100 kB) opens the document's connection, the second
    // (React, ProseMirror, the editor: about 700 kB) is fetched beside it and run after it (main.tsx).
    chunkSizeWarningLimit: 1024,
  },
});
