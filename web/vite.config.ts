/**
 * The web app's build: React, one chunk per page (routes are lazy), shared code in common
 * chunks. The build writes dist/web, which `plansight serve` serves beside the API, and prints each
 * chunk's size (raw and gzip).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1500,
    // No manual vendor chunks: the bundler splits antd and ECharts by what each page uses,
    // so the cockpit does not download the forms, tables and chart types of other pages.
  },
  server: {
    // `npm run dev:web` proxies the API to a running `plansight serve`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
