// The built explorer app (`npm run build:web` → web-dist/), read into memory: the server and the
// static-site build both start from this set of files and serve nothing else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { projectRoot } from '../load/data-dir.js';
import { OutputError } from '../model/storygraph-error.js';
import { byString } from '../text/compare-strings.js';

export function defaultAppDir(): string {
  return join(projectRoot(), 'web-dist');
}

function walk(dir: string, root: string, out: Map<string, Buffer>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byString((d) => d.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, out);
    else if (entry.isFile()) out.set(relative(root, full).split(sep).join('/'), readFileSync(full));
  }
}

/** Every file of the built app, keyed by its URL path without the leading slash. */
export function readAppFiles(appDir = defaultAppDir()): Map<string, Buffer> {
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new OutputError('web-not-built', `${appDir}: the explorer app is not built (run \`npm run build:web\`)`);
  }
  const files = new Map<string, Buffer>();
  walk(appDir, appDir, files);
  return files;
}
