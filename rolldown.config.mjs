// Bundles the CLI into dist/: one entry plus a chunk per lazily loaded command, so a command
// loads only what it uses and the binary starts fast (no TypeScript loader at run time).
// The build id (a hash of the sources and the lock file) keys the data caches.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'rolldown';

function buildId() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p}\0`).update(readFileSync(p));
    }
  };
  walk('src');
  h.update(readFileSync('package-lock.json'));
  return h.digest('hex').slice(0, 24);
}

export default defineConfig({
  // The SPARQL engine's worker thread is its own file, beside the chunks that start it.
  input: {
    storygraph: 'src/cli/main.ts',
    'chunks/sparql-worker': 'src/rdf/sparql-worker.ts',
    'eval-draft': 'src/draft/eval-cli.ts',
    'synthetic-corpus': 'scripts/synthetic-corpus.ts',
    'synthetic-story': 'scripts/synthetic-story.ts',
    'virtuoso-server': 'scripts/virtuoso-server.ts',
  },
  platform: 'node',
  external: [/^oxigraph/, /^playwright-core/, /^vite/, /^sirv/],
  transform: { define: { __STORYGRAPH_BUILD__: JSON.stringify(buildId()) } },
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].mjs',
    chunkFileNames: 'chunks/[name]-[hash].mjs',
    minify: true,
    sourcemap: true,
    cleanDir: true,
  },
});
