import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API and the collaboration socket live on the Draftroom server; in development Vite proxies both so the
// client keeps same-origin URLs, exactly as when the server serves the built files.
const server = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
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
    // One bundle of about 700 kB (ProseMirror, Yjs, React) loaded once per session on a venue network is fine;
    // splitting it would only add round-trips before the editor can show the text.
    chunkSizeWarningLimit: 1024,
  },
});
