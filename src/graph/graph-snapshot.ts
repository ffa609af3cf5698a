// The whole-graph snapshot: after a data folder's graph is built, it is written to the cache in
// sections (src/cache/section-file.ts) -- node ids, edge ends as typed arrays, each element's
// attributes as its own JSON, the counts -- and the next command on the same data opens it as a
// SnapshotGraph instead of reading 10,000 story entries and merging them again. It is keyed by
// the metadata of the data folder's files (src/cache/stat-fingerprint.ts) and the build: any change to a
// story (or to kb-links.tsv) is a miss, and the per-story entries then re-check only what changed.
// Never one string: at 10,000 stories it is ≈ 600 MB, and V8 caps strings at 2^29 characters.
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { listStoryDirs, STORIES_DIR } from '../load/story-dirs.js';
import { STORY_FILES } from '../model/story-file-names.js';
import { join, resolve } from 'node:path';
import { CACHE_ENV, defaultCacheDir } from '../cache/data-cache.js';
import { readSections, writeSections, type Chunk } from '../cache/section-file.js';
import { statFingerprint } from '../cache/stat-fingerprint.js';
import { StorygraphError } from '../model/storygraph-error.js';
import { countGraph, type GraphCounts } from './graph-counts.js';
import type { ReadGraph } from './read-graph.js';
import { SnapshotGraph } from './snapshot-graph.js';

/** Bumped when the sections change, so older snapshots read as misses. */
export const SNAPSHOT_FORMAT = 'graph-snapshot/2';
const BATCH = 1 << 20;

export interface SnapshotSlot {
  file: string;
  key: string;
}

/** The files a data folder's graph is made from: each story's files and those beside stories/ (kb-links.tsv). */
function snapshotInputs(dataDir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dataDir).sort()) if (name !== STORIES_DIR && !name.startsWith('.')) files.push(join(dataDir, name));
  const { dirs } = listStoryDirs(dataDir);
  for (const dir of dirs) for (const f of STORY_FILE_LIST) files.push(join(dir, f));
  return files;
}
const STORY_FILE_LIST = Object.values(STORY_FILES);

/** Where the snapshot of this data folder lives and the key it must carry; undefined when caching is off. */
export function snapshotSlot(dataDir: string, salt: string, env: NodeJS.ProcessEnv = process.env): SnapshotSlot | undefined {
  if (env[CACHE_ENV] === '0') return undefined;
  let key: string;
  try {
    key = statFingerprint(salt, snapshotInputs(dataDir));
  } catch {
    return undefined; // unreadable: the loader reports it
  }
  const folder = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return { file: join(defaultCacheDir(env), `${folder}-graph.snapshot`), key };
}

/** JSON texts in batches of about a megabyte, recording each one's byte offset. */
function* jsonBatches(count: number, json: (i: number) => string, offsets: Float64Array): Generator<Chunk> {
  let batch: string[] = [];
  let chars = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const text = json(i);
    offsets[i] = at;
    at += Buffer.byteLength(text);
    batch.push(text);
    chars += text.length;
    if (chars >= BATCH) {
      yield batch.join('');
      batch = [];
      chars = 0;
    }
  }
  offsets[count] = at;
  if (batch.length) yield batch.join('');
}

/** A JSON array of strings in batches. */
function* stringArray(items: readonly string[]): Generator<Chunk> {
  yield '[';
  for (let i = 0; i < items.length; i += 50_000)
    yield (i ? ',' : '') +
      items
        .slice(i, i + 50_000)
        .map((s) => JSON.stringify(s))
        .join(',');
  yield ']';
}

const typed = (a: Float64Array | Uint32Array): Chunk => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes the snapshot of a graph; false if it could not (a cache that cannot be written costs only time). */
export function writeSnapshot(slot: SnapshotSlot, graph: ReadGraph): boolean {
  // The key was taken before the stories were read: a file changed since has a new fingerprint.
  const ids: string[] = [];
  const nodeAttrs: unknown[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, a) => {
    index.set(id, ids.length);
    ids.push(id);
    nodeAttrs.push(a);
  });
  const keys: string[] = [];
  const edgeAttrs: unknown[] = [];
  const ends = new Uint32Array(graph.size * 2);
  graph.forEachEdge((key, a, s, t) => {
    ends[2 * keys.length] = index.get(s)!;
    ends[2 * keys.length + 1] = index.get(t)!;
    keys.push(key);
    edgeAttrs.push(a);
  });
  const counts: GraphCounts = countGraph(graph);
  // Each edge's story (as its index in the stories list): a story's subgraph without decoding all edges.
  const storyIndex = new Map(graph.getAttribute('stories').map((st, i) => [st.id, i]));
  const edgeStory = Uint32Array.from(edgeAttrs, (a) => storyIndex.get((a as { story: string }).story) ?? 0xffffffff);
  const nodeOffsets = new Float64Array(ids.length + 1);
  const edgeOffsets = new Float64Array(keys.length + 1);
  return writeSections(slot.file, SNAPSHOT_FORMAT, slot.key, [
    ['graph', [JSON.stringify(graph.getAttributes())]],
    ['counts', [JSON.stringify(counts)]],
    ['node-ids', stringArray(ids)],
    ['edge-keys', stringArray(keys)],
    ['edge-ends', [typed(ends)]],
    ['edge-story', [typed(edgeStory)]],
    ['node-attrs', jsonBatches(ids.length, (i) => JSON.stringify(nodeAttrs[i]), nodeOffsets)],
    [
      'node-offsets',
      (function* () {
        yield typed(nodeOffsets);
      })(),
    ],
    ['edge-attrs', jsonBatches(keys.length, (i) => JSON.stringify(edgeAttrs[i]), edgeOffsets)],
    [
      'edge-offsets',
      (function* () {
        yield typed(edgeOffsets);
      })(),
    ],
  ]);
}

/** Whether the snapshot of this key is in place already (its header and index; no section is read). */
export function snapshotCurrent(slot: SnapshotSlot): boolean {
  const sections = readSections(slot.file, SNAPSHOT_FORMAT, slot.key);
  sections?.close();
  return sections !== undefined;
}

/** A typed array copied out of a buffer (its offset need not be aligned). */
function float64(b: Buffer): Float64Array {
  return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** The graph of the snapshot when it was made from exactly this data and code, else undefined. */
export function openSnapshot(slot: SnapshotSlot): SnapshotGraph | undefined {
  const sections = readSections(slot.file, SNAPSHOT_FORMAT, slot.key);
  if (!sections) return undefined;
  // The big sections are read (and their checksums checked) when a query first needs them; a
  // damaged one then removes the snapshot and stops the command, which the next run rebuilds.
  const lazy = (name: string) => (): Buffer => {
    try {
      return sections.bytes(name);
    } catch {
      try {
        rmSync(slot.file, { force: true });
      } catch {
        /* read-only cache */
      }
      throw new StorygraphError('cache-damaged', `the graph snapshot in the cache (${slot.file}) is damaged and was removed; it is rebuilt on the next run`, 1);
    }
  };
  try {
    const ends = sections.bytes('edge-ends');
    return new SnapshotGraph({
      counts: JSON.parse(sections.bytes('counts').toString('utf8')) as GraphCounts,
      nodeIds: JSON.parse(sections.bytes('node-ids').toString('utf8')) as string[],
      edgeEnds: new Uint32Array(ends.buffer.slice(ends.byteOffset, ends.byteOffset + ends.byteLength)),
      graph: lazy('graph'),
      edgeKeys: lazy('edge-keys'),
      edgeStory: () => {
        const b = lazy('edge-story')();
        return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      },
      nodeAttrs: lazy('node-attrs'),
      nodeOffsets: () => float64(lazy('node-offsets')()),
      edgeAttrs: lazy('edge-attrs'),
      edgeOffsets: () => float64(lazy('edge-offsets')()),
    });
  } catch {
    // Damaged (a checksum or the layout does not match): a miss; this build replaces it.
    sections.close();
    return undefined;
  }
}
