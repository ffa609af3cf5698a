// The N-Triples cache of `storygraph sparql`: a hit skips the build, any change to a story file
// (also through a symlinked story folder) or to the salt (base IRI, code) misses, and
// STORYGRAPH_CACHE=0 turns it off.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedNTriples, defaultCacheDir } from '../../src/rdf/ntriples-cache.js';
import { FIXTURE_DATA } from './helpers.js';

let tmp: string;
let data: string;
let dir: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'storygraph-cache-test-'));
  data = join(tmp, 'data');
  dir = join(tmp, 'cache');
  cpSync(FIXTURE_DATA, data, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('cachedNTriples', () => {
  it('builds once, then returns the cached text', async () => {
    let builds = 0;
    const build = () => `triples ${++builds}\n`;
    expect(await cachedNTriples({ dataDir: data, salt: 's', dir }, build)).toBe('triples 1\n');
    expect(await cachedNTriples({ dataDir: data, salt: 's', dir }, build)).toBe('triples 1\n');
    expect(builds).toBe(1);
  });

  it('misses when a story file or the salt changes, and keeps one entry per data folder', async () => {
    let builds = 0;
    const build = () => `triples ${++builds}\n`;
    await cachedNTriples({ dataDir: data, salt: 's', dir }, build);
    const ann = join(data, 'stories', 'rdf-fixture', 'annotations.json');
    writeFileSync(ann, readFileSync(ann, 'utf8').replace('"Ann Lee"', '"Ann B. Lee"'));
    expect(await cachedNTriples({ dataDir: data, salt: 's', dir }, build)).toBe('triples 2\n');
    expect(await cachedNTriples({ dataDir: data, salt: 'other base', dir }, build)).toBe('triples 3\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.nt'))).toHaveLength(1);
  });

  it('is off with STORYGRAPH_CACHE=0, and never used for a folder it cannot read', async () => {
    let builds = 0;
    const build = () => `triples ${++builds}\n`;
    const env = { STORYGRAPH_CACHE: '0' };
    await cachedNTriples({ dataDir: data, salt: 's', dir, env }, build);
    await cachedNTriples({ dataDir: data, salt: 's', dir, env }, build);
    expect(builds).toBe(2);
    await cachedNTriples({ dataDir: join(tmp, 'missing'), salt: 's', dir }, build);
    await cachedNTriples({ dataDir: join(tmp, 'missing'), salt: 's', dir }, build);
    expect(builds).toBe(4);
  });

  it('lets a build error through and caches nothing', async () => {
    const fail = () => {
      throw new Error('bad data');
    };
    await expect(cachedNTriples({ dataDir: data, salt: 's', dir }, fail)).rejects.toThrow('bad data');
    expect(await cachedNTriples({ dataDir: data, salt: 's', dir }, () => 'ok\n')).toBe('ok\n');
  });
});

describe('cachedNTriples with linked stories', () => {
  it('misses when a story reached through a symlink changes', async () => {
    const outside = join(tmp, 'outside');
    mkdirSync(outside);
    renameSync(join(data, 'stories', 'rdf-fixture'), join(outside, 'rdf-fixture'));
    symlinkSync(join(outside, 'rdf-fixture'), join(data, 'stories', 'rdf-fixture'));
    let builds = 0;
    const build = () => `triples ${++builds}\n`;
    await cachedNTriples({ dataDir: data, salt: 's', dir }, build);
    const ann = join(outside, 'rdf-fixture', 'annotations.json');
    writeFileSync(ann, readFileSync(ann, 'utf8').replace('"Bo Park"', '"Bo K. Park"'));
    expect(await cachedNTriples({ dataDir: data, salt: 's', dir }, build)).toBe('triples 2\n');
  });
});

describe('defaultCacheDir', () => {
  it("is a folder of the user's: $XDG_CACHE_HOME/storygraph, else ~/.cache/storygraph", () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/storygraph');
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/storygraph$/);
  });
});
