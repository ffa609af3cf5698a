// `storygraph path --via` as a user runs it on the seed story: by default a path crosses entities
// and events only (Pompeo to Wu Qian no longer runs through two claims' "about United States"),
// --via opens claims, articles, "about" and attribution links, and a bad kind is a usage error.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'storygraph.mjs');
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

interface Step {
  from: { type: string };
  to: { type: string };
  type: string;
}

test('by default: entities and events only, with the reason; --via opens the rest', () => {
  const plain = cli('path', 'Mike Pompeo', '吳謙', '--all', '--json');
  expect(plain.status).toBe(0);
  const r = JSON.parse(plain.stdout) as { via: string[]; paths: Step[][]; reason: string; evidence: number[] };
  expect(r.via).toEqual([]);
  expect(r.paths.length).toBeGreaterThan(0);
  for (const p of r.paths) {
    for (const s of p.slice(1)) expect(['claim', 'article']).not.toContain(s.from.type);
    for (const s of p) expect(['about', 'attributed_to']).not.toContain(s.type);
  }
  expect(r.reason).toMatch(/entities and events only/);
  expect(r.evidence).toEqual([...r.evidence].sort((a, b) => b - a));
  const open = JSON.parse(cli('path', 'Mike Pompeo', '吳謙', '--via', 'claims,about,attribution', '--json').stdout) as {
    via: string[];
    length: number;
    paths: Step[][];
  };
  expect(open.via).toEqual(['claims', 'about', 'attribution']);
  expect(open.paths[0]!.some((s) => s.type === 'about' || s.type === 'attributed_to')).toBe(true);
  expect(cli('path', 'Mike Pompeo', '吳謙').stdout).toMatch(/^1 shortest path of \d+ steps( \(of \d+; see --all\))?\n.*entities and events only/);
});

test('a bad --via kind: one line on stderr, exit 2', () => {
  const r = cli('path', 'Mike Pompeo', '吳謙', '--via', 'claims,mentions');
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/--via.*"mentions" is not one of claims, articles, about, attribution/);
});
