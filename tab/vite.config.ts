import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on its own port in development; proxying keeps the page and the API on one
// origin, as in production, so no CORS setup exists that production would not have.
const server = 'http://localhost:3978';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/tab',
    emptyOutDir: true,
    // Vite warns on minified size; the budget that matters is what travels, gzipped, checked by
    // test/tab/budget.test.ts (under 250 kB). React, Fluent and teams-js alone are most of it.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
    },
  },
});
