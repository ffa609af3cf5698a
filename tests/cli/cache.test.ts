// The data cache: a second run on unchanged data reads the cached graph; any change to a data
// file (or turning the cache off) goes back to loading and checking, so bad data is never
// served from the cache. It never crashes and never lies (issue 8, defects 5-7): a damaged,
// truncated, emptied or foreign entry is ignored, removed and rebuilt; a result is stored only
// if the data did not change while it was built; the folder is capped (LRU); `storygraph cache`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, STACK_TRACE } from '../support/cli.js';
import { cachedText, entries, openCache } from '../../src/cache/data-cache.js';
import { ENTRY_VERSION } from '../../src/cache/entry.js';
import { evict, parseCacheMax, storeEntry } from '../../src/cache/store.js';

const STORY = 'taiwannews-2020-10-us-china-crisis-talks';
const COUNT_QUERY = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';

function workspace(name: string) {
  const work = mkdtempSync(join(tmpdir(), `storygraph-${name}-`));
  const data = join(work, 'data');
  const cache = join(work, 'cache');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli([...args, '--data', data], { env: { XDG_CACHE_HOME: cache, ...env } });
  const uncached = (args: string[]) => runCli([...args, '--data', data], { env: { XDG_CACHE_HOME: cache, STORYGRAPH_CACHE: '0' } });
  const folder = join(cache, 'storygraph');
  // Every entry file: the flat ones and the per-story ones (in `<folder>-stories/`).
  const entryFiles = (): string[] =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
          .filter((f) => !f.split('/').some((p) => p.startsWith('.')))
          .map((f) => join(folder, f))
          .filter((f) => statSync(f).isFile())
      : [];
  return { work, data, cache, folder, run, uncached, entryFiles };
}

describe('data cache', () => {
  const { data, folder, run, entryFiles } = workspace('cache');
  const entryNames = () => entryFiles().map((f) => f.slice(folder.length + 1));

  it('stores each validated story once, and serves the graph unchanged', () => {
    const first = run(['export', '--format', 'graphology']);
    expect(first.status).toBe(0);
    expect(entryNames().filter((f) => f.includes('-stories/'))).toHaveLength(1);
    // A streamed export is made again each time, not copied into the cache.
    expect(entryNames().some((f) => f.endsWith('.export-graphology'))).toBe(false);
    const second = run(['export', '--format', 'graphology']);
    expect(second.stdout).toBe(first.stdout);
    const cold = run(['export', '--format', 'graphology'], { STORYGRAPH_CACHE: '0' });
    expect(cold.stdout).toBe(first.stdout);
  });

  it('a changed data file is loaded and checked again: a broken quote fails at once', () => {
    expect(run(['validate']).status).toBe(0);
    const file = join(data, 'stories', STORY, 'annotations.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"exact": "Mark Esper"', '"exact": "Mark Espr"'));
    const bad = run(['validate']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('quote-not-found: "Mark Espr" does not occur in article.txt');
    writeFileSync(file, good);
    expect(run(['validate']).status).toBe(0);
    // One entry per story: the earlier one was replaced, not kept beside.
    expect(entryNames().filter((f) => f.includes('-stories/'))).toHaveLength(1);
  });

  it('every entry starts with its format version and a checksum', () => {
    expect(entryFiles().length).toBeGreaterThan(0);
    for (const file of entryFiles()) {
      // The graph snapshot is read lazily, section by section: each section carries its checksum.
      if (file.endsWith('-graph.snapshot')) expect(readFileSync(file).subarray(0, 40).toString('latin1')).toMatch(/^storygraph-sections graph-snapshot\/\d+ /);
      else expect(readFileSync(file).subarray(0, 200).toString('latin1')).toMatch(new RegExp(`^storygraph-cache ${ENTRY_VERSION} \\S+ \\d{16} [0-9a-f]{64}\n`));
    }
  });
});

describe('defect 5: a damaged, truncated, emptied or foreign entry is ignored, removed and rebuilt', () => {
  const { run, uncached, entryFiles } = workspace('cache-damage');
  const claims = uncached(['claims', '--json']);
  const count = uncached(['sparql', COUNT_QUERY, '--format', 'csv']);
  // 'graph': the whole-graph snapshot the queries read; 'story': the story's entry it is built from.
  const entryOf = (kind: string) =>
    entryFiles().find((f) => (kind === 'graph' ? f.endsWith('-graph.snapshot') : kind === 'story' ? f.includes('-stories/') : f.endsWith(`.${kind}`)))!;

  const damages: [string, (file: string) => void][] = [
    ['replaced by {}', (f) => writeFileSync(f, '{}')],
    ['emptied', (f) => writeFileSync(f, '')],
    ['truncated', (f) => truncateSync(f, Math.floor(statSync(f).size / 2))],
    [
      'a byte flipped',
      (f) => {
        const b = readFileSync(f);
        b[b.length - 10]! ^= 0x20;
        writeFileSync(f, b);
      },
    ],
    ['an entry of the old format (no header)', (f) => writeFileSync(f, '{"nodes":[],"edges":[],"attributes":{}}')],
  ];

  it.each(damages)('the graph entry %s: claims answers as if uncached', (_what, damage) => {
    expect(claims.status).toBe(0);
    expect(JSON.parse(claims.stdout).length).toBeGreaterThan(0);
    expect(run(['claims', '--json']).status).toBe(0); // fills the cache
    const file = entryOf('graph');
    damage(file);
    const r = run(['claims', '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(claims.stdout);
    // Rebuilt: the entry is sound again and serves the same answer.
    expect(run(['claims', '--json']).stdout).toBe(claims.stdout);
    expect(readFileSync(entryOf('graph')).subarray(0, 20).toString()).toBe('storygraph-sections ');
  });

  it.each(damages)('the story entry %s (with no snapshot): claims answers as if uncached', (_what, damage) => {
    expect(run(['claims', '--json']).status).toBe(0); // fills the cache
    rmSync(entryOf('graph'));
    damage(entryOf('story'));
    const r = run(['claims', '--json']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(claims.stdout);
    expect(readFileSync(entryOf('story')).subarray(0, 17).toString()).toBe('storygraph-cache ');
  });

  it.each(damages)('the N-Triples entry %s: SPARQL COUNT answers as if uncached', (_what, damage) => {
    expect(count.status).toBe(0);
    expect(count.stdout).not.toMatch(/^n\r?\n0\r?\n$/);
    expect(run(['sparql', COUNT_QUERY, '--format', 'csv']).status).toBe(0);
    damage(entryOf('nt'));
    const r = run(['sparql', COUNT_QUERY, '--format', 'csv']);
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', count.stdout]);
  });

  it("an entry swapped with another key's is foreign: each command still answers as if uncached", () => {
    const graphml = uncached(['export', '--format', 'graphml']);
    run(['export', '--format', 'graphml']);
    const a = entryOf('graph');
    const b = entryOf('export-graphml');
    const [ba, bb] = [readFileSync(a), readFileSync(b)];
    writeFileSync(a, bb);
    writeFileSync(b, ba);
    expect(run(['export', '--format', 'graphml']).stdout).toBe(graphml.stdout);
    expect(run(['claims', '--json']).stdout).toBe(claims.stdout);
  });
});

describe('defect 6: a result is stored only if the data did not change while it was built', () => {
  const setup = () => {
    const tmp = mkdtempSync(join(tmpdir(), 'storygraph-cache-race-'));
    const data = join(tmp, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'story.json'), 'version A');
    return { data, dir: join(tmp, 'cache'), file: join(data, 'story.json') };
  };

  it("an edit during the build (another length) is not stored under the old data's key", async () => {
    const { data, dir, file } = setup();
    const options = { dataDir: data, kind: 'graph', salt: 's', dir };
    // The build reads the data after it was hashed; meanwhile the file is edited.
    const during = await cachedText(options, () => {
      writeFileSync(file, 'version B, longer');
      return `built from ${readFileSync(file, 'utf8')}`;
    });
    expect(during).toBe('built from version B, longer');
    writeFileSync(file, 'version A');
    expect(await cachedText(options, () => `built from ${readFileSync(file, 'utf8')}`)).toBe('built from version A');
  });

  it('an edit of the same length in the same clock tick is caught by hashing again', async () => {
    const { data, dir, file } = setup();
    const options = { dataDir: data, kind: 'graph', salt: 's', dir };
    await cachedText(options, () => {
      writeFileSync(file, 'version Z');
      return 'built from version Z';
    });
    writeFileSync(file, 'version A');
    expect(await cachedText(options, () => 'built from version A')).toBe('built from version A');
  });

  it('unchanged data is stored and served', async () => {
    const { data, dir } = setup();
    const options = { dataDir: data, kind: 'graph', salt: 's', dir };
    let builds = 0;
    await cachedText(options, () => `build ${++builds}`);
    expect(await cachedText(options, () => `build ${++builds}`)).toBe('build 1');
    expect(openCache(options)?.hit?.toString()).toBe('build 1');
  });
});

describe('defect 7: the cache is capped (STORYGRAPH_CACHE_MAX, least recently used evicted); storygraph cache info|clear', () => {
  it('parses sizes, and refuses a bad one with a coded line', () => {
    expect(parseCacheMax(undefined)).toBe(256 * 1024 * 1024);
    expect(parseCacheMax('1000')).toBe(1000);
    expect(parseCacheMax('64K')).toBe(64 * 1024);
    expect(parseCacheMax('1.5 GB')).toBe(1.5 * 1024 ** 3);
    expect(() => parseCacheMax('lots')).toThrow(/STORYGRAPH_CACHE_MAX=lots/);
    const r = runCli(['export', '--format', 'graphml'], { env: { STORYGRAPH_CACHE_MAX: 'lots' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^storygraph: cache-max-invalid: /);
  });

  it('evicts the least recently used entries first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'storygraph-cache-lru-'));
    const settings = { enabled: true, dir, max: 10_000 };
    const names = ['a', 'b', 'c'].map((c) => `${c.repeat(16)}-${c.repeat(32)}.graph`);
    names.forEach((n, i) => {
      expect(storeEntry(settings, n, ['x'.repeat(3000)])).toBe(true);
      utimesSync(join(dir, n), new Date(1_000_000 * (i + 1)), new Date(1_000_000 * (i + 1)));
    });
    utimesSync(join(dir, names[0]!), new Date(), new Date()); // a was used last
    evict(dir, 7000);
    expect(entries(dir).map((e) => e.name)).toEqual([names[2], names[0]]);
  });

  it('never holds more than STORYGRAPH_CACHE_MAX', () => {
    const { run, folder } = workspace('cache-cap');
    const max = 500_000; // each entry fits, all of them do not
    for (const format of ['graphology', 'graphml', 'gexf', 'cytoscape'])
      expect(run(['export', '--format', format], { STORYGRAPH_CACHE_MAX: String(max) }).status).toBe(0);
    const total = entries(folder).reduce((n, e) => n + e.bytes, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(max);
  });

  it('cache info tells where and how full; cache clear empties it', () => {
    const { cache, run, entryFiles, folder } = workspace('cache-info');
    expect(run(['export', '--format', 'graphml']).status).toBe(0);
    const env = { env: { XDG_CACHE_HOME: cache } };
    const info = runCli(['cache', 'info', '--json'], env);
    expect(info.status).toBe(0);
    const parsed = JSON.parse(info.stdout);
    // The export, the story's entry and the graph snapshot it was made from: all counted.
    expect(parsed).toMatchObject({ dir: join(cache, 'storygraph'), enabled: true, max: 256 * 1024 * 1024, entries: 3 });
    const byKind = (k: string) =>
      entries(folder)
        .filter((e) => e.kind === k)
        .reduce((n, e) => n + e.bytes, 0);
    expect(parsed.kinds).toEqual(
      expect.arrayContaining([
        { kind: 'export-graphml', entries: 1, bytes: byKind('export-graphml') },
        { kind: 'story', entries: 1, bytes: byKind('story') },
        { kind: 'graph-snapshot', entries: 1, bytes: byKind('graph-snapshot') },
      ]),
    );
    expect(runCli(['cache', 'info'], env).stdout).toMatch(/^cache: .*storygraph\n3 entries, .* of 256 MB \(STORYGRAPH_CACHE_MAX\)\n/);
    const clear = runCli(['cache', 'clear'], env);
    expect(clear.stdout).toMatch(/^removed 3 entries \(.*\) from /);
    expect(entryFiles()).toEqual([]);
    const bad = runCli(['cache', 'drop'], env);
    expect(bad.status).toBe(2);
  });

  it('property: entries corrupted at random (truncated, bytes flipped, swapped between keys) never change an answer', () => {
    const { folder, work, run, uncached, entryFiles } = workspace('cache-property');
    const commands: string[][] = [
      ['claims', '--json'],
      ['stats', '--json'],
      ['validate'],
      ['export', '--format', 'graphml'],
      ['export', '--format', 'gexf'],
      ['sparql', COUNT_QUERY, '--format', 'csv'],
    ];
    const expected = commands.map((c) => uncached(c));
    for (const [i, c] of commands.entries()) expect(run(c).stdout, c.join(' ')).toBe(expected[i]!.stdout);
    const pristine = join(work, 'pristine');
    cpSync(folder, pristine, { recursive: true });
    const count = entryFiles().length;
    expect(count).toBe(5); // the story and the graph snapshot (claims, stats and validate share them), nt, and two exports
    const damage = fc.oneof(
      fc.record({ op: fc.constant('truncate' as const), entry: fc.nat(count - 1), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({
        op: fc.constant('flip' as const),
        entry: fc.nat(count - 1),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bits: fc.integer({ min: 1, max: 255 }),
      }),
      fc.record({ op: fc.constant('swap' as const), entry: fc.nat(count - 1), other: fc.nat(count - 1) }),
    );
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), fc.nat(commands.length - 1), (damages, which) => {
        rmSync(folder, { recursive: true, force: true });
        cpSync(pristine, folder, { recursive: true });
        const files = entryFiles().sort();
        for (const d of damages) {
          const file = files[d.entry]!;
          const bytes = readFileSync(file);
          if (d.op === 'truncate') truncateSync(file, Math.floor(bytes.length * d.at));
          else if (d.op === 'flip') {
            if (bytes.length === 0) continue;
            bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * d.at))]! ^= d.bits;
            writeFileSync(file, bytes);
          } else {
            const other = files[d.other]!;
            const theirs = readFileSync(other);
            writeFileSync(other, bytes);
            writeFileSync(file, theirs);
          }
        }
        const r = run(commands[which]!);
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect([r.status, r.stderr, r.stdout]).toEqual([expected[which]!.status, expected[which]!.stderr, expected[which]!.stdout]);
      }),
      { numRuns: 16 },
    );
  }, 240_000);
});

describe('storygraph model', () => {
  it('lists every relation type with its allowed ends and description', () => {
    const r = runCli(['model', '--json']);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout) as {
      relationTypes: { type: string; source: string; target: string; description: string }[];
      factuality: { value: string }[];
    };
    const holds = m.relationTypes.find((t) => t.type === 'holds_office');
    expect(holds).toMatchObject({ source: 'person', target: 'organization|country' });
    expect(m.relationTypes.every((t) => t.description.length > 10)).toBe(true);
    expect(m.factuality.map((f) => f.value)).toEqual(['asserted', 'reported', 'denied', 'possible', 'planned', 'hypothetical', 'unknown']);
    expect(runCli(['model']).stdout).toContain('A person holds an office in an institution or state; the title is in `title`.');
  });
});
