// The data cache: a second run on unchanged data reads each story's cached load; any change to
// a story's files (or turning the cache off) goes back to loading and checking it, so bad data
// is never served from the cache.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const STORY = 'taiwannews-2020-10-us-china-crisis-talks';

describe('data cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'storygraph-cache-'));
  const data = join(work, 'data');
  const cache = join(work, 'cache');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const run = (...args: string[]) => runCli([...args, '--data', data], { env: { XDG_CACHE_HOME: cache } });
  const entries = () => readdirSync(join(cache, 'storygraph'));
  const storyEntries = () => readdirSync(join(cache, 'storygraph', entries().find((f) => f.endsWith('-stories'))!));

  it('stores each validated story once, and serves the graph unchanged', () => {
    const first = run('export', '--format', 'graphology');
    expect(first.status).toBe(0);
    expect(storyEntries()).toEqual([`${STORY}.json`]);
    // A streamed export is made again each time, not copied into the cache.
    expect(entries().some((f) => f.endsWith('.export-graphology'))).toBe(false);
    const second = run('export', '--format', 'graphology');
    expect(second.stdout).toBe(first.stdout);
    const cold = runCli(['export', '--format', 'graphology', '--data', data], { env: { XDG_CACHE_HOME: cache, STORYGRAPH_CACHE: '0' } });
    expect(cold.stdout).toBe(first.stdout);
  });

  it('a changed data file is loaded and checked again: a broken quote fails at once', () => {
    expect(run('validate').status).toBe(0);
    const file = join(data, 'stories', STORY, 'annotations.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"exact": "Mark Esper"', '"exact": "Mark Espr"'));
    const bad = run('validate');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('quote-not-found: "Mark Espr" does not occur in article.txt');
    writeFileSync(file, good);
    expect(run('validate').status).toBe(0);
    // One entry per story: the earlier one was replaced, not kept beside.
    expect(storyEntries()).toEqual([`${STORY}.json`]);
  });
});

describe('storygraph model', () => {
  it('lists every relation type with its allowed ends and description', () => {
    const r = runCli(['model', '--json']);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout) as { relationTypes: { type: string; source: string; target: string; description: string }[]; factuality: { value: string }[] };
    const holds = m.relationTypes.find((t) => t.type === 'holds_office');
    expect(holds).toMatchObject({ source: 'person', target: 'organization|country' });
    expect(m.relationTypes.every((t) => t.description.length > 10)).toBe(true);
    expect(m.factuality.map((f) => f.value)).toEqual(['asserted', 'reported', 'denied', 'possible', 'planned', 'hypothetical', 'unknown']);
    expect(runCli(['model']).stdout).toContain('A person holds an office in an institution or state; the title is in `title`.');
  });
});
