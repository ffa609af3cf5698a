// Builds the explorer app (web/) into web-dist/: relative asset paths so the static site works
// under any folder of any static host, no inline script (the server's CSP forbids it).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../web-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800, // cytoscape alone is ~430 kB minified; the gzip budget is checked by bench/web.mjs
  },
});
