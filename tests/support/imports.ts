// Reads the project's own imports from source text (static, dynamic, type-only and re-exports),
// with the line each is on: what the layer test checks. A regex, no extra dependency.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface ImportLine {
  file: string;
  line: number;
  target: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
  );
}

/** Comments blanked with spaces (newlines kept), so offsets still give the right line. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, (c) => c.replace(/[^\n]/g, ' '));
}

/** Every relative import of `text` (the source of `file`), resolved to a .ts path. */
export function importsOf(file: string, text: string): ImportLine[] {
  const code = withoutComments(text);
  const out: ImportLine[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!;
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    const line = code.slice(0, m.index + m[0].indexOf(spec)).split('\n').length;
    out.push({ file, line, target });
  }
  return out;
}

export function importsOfFiles(files: readonly string[]): ImportLine[] {
  return files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));
}
