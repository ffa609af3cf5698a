// Bundles the CLI into dist/: one entry plus a chunk per lazily loaded command, so a command
// loads only what it uses and the binary starts fast (no TypeScript loader at run time).
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { storygraph: 'src/cli/main.ts' },
  platform: 'node',
  external: [/^oxigraph/, /^playwright-core/, /^vite/, /^sirv/],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: 'chunks/[name]-[hash].mjs',
    minify: true,
    sourcemap: true,
  },
});
