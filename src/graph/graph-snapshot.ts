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
import { basename, join, resolve } from 'node:path';
import { CACHE_ENV, defaultCacheDir } from '../cache/data-cache.js';
import { readSections, writeSections, type Chunk } from '../cache/section-file.js';
import { statFingerprint } from '../cache/stat-fingerprint.js';
import { StorygraphError } from '../model/storygraph-error.js';
import { countGraph, type GraphCounts } from './graph-counts.js';
import type { ReadGraph } from './read-graph.js';
import type { LoadedStory } from '../load/load-story.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { SnapshotGraph } from './snapshot-graph.js';

/** Bumped when the sections change, so older snapshots read as misses. */
export const SNAPSHOT_FORMAT = 'graph-snapshot/4';
const BATCH = 1 << 20;
const NONE = 0xffffffff;

export interface SnapshotSlot {
  file: string;
  key: string;
  /** The fingerprint of the code and of the files beside stories/. */
  base: string;
  /** Each story folder's name and the fingerprint of its files, in story order. */
  stories: [string, string][];
}

/** The metadata fingerprint of each story folder's files, and of the files beside stories/ (kb-links.tsv). */
function snapshotInputs(dataDir: string): { outside: string[]; stories: [string, string][] } {
  const outside: string[] = [];
  for (const name of readdirSync(dataDir).sort()) if (name !== STORIES_DIR && !name.startsWith('.')) outside.push(join(dataDir, name));
  const { dirs } = listStoryDirs(dataDir);
  return {
    outside,
    stories: dirs.map((dir) => [
      basename(dir),
      statFingerprint(
        '',
        STORY_FILE_LIST.map((f) => join(dir, f)),
      ),
    ]),
  };
}
const STORY_FILE_LIST = Object.values(STORY_FILES);

/**
 * Where the snapshot of this data folder lives and the key it must carry; undefined when caching
 * is off. `base` fingerprints the code and the files beside stories/, `stories` each story
 * folder (name, fingerprint): a snapshot of the same base is updated story by story
 * (snapshot-update.ts).
 */
export function snapshotSlot(dataDir: string, salt: string, env: NodeJS.ProcessEnv = process.env): SnapshotSlot | undefined {
  if (env[CACHE_ENV] === '0') return undefined;
  let base: string;
  let stories: [string, string][];
  try {
    const inputs = snapshotInputs(dataDir);
    base = statFingerprint(salt, inputs.outside);
    stories = inputs.stories;
  } catch {
    return undefined; // unreadable: the loader reports it
  }
  const key = createHash('sha256').update(base);
  for (const [name, stat] of stories) key.update(`\u0000${name}\u0000${stat}`);
  const folder = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return { file: join(defaultCacheDir(env), `${folder}-graph.snapshot`), key: key.digest('hex'), base, stories };
}

/** Texts or bytes in batches of about a megabyte, recording each one's byte offset. */
function* batches(count: number, item: (i: number) => Chunk, offsets: Float64Array): Generator<Chunk> {
  let texts: string[] = [];
  let bytes: Uint8Array[] = [];
  let size = 0;
  let at = 0;
  const flush = (): Chunk | undefined => {
    const out = texts.length ? texts.join('') : bytes.length ? Buffer.concat(bytes) : undefined;
    texts = [];
    bytes = [];
    size = 0;
    return out;
  };
  for (let i = 0; i < count; i++) {
    const chunk = item(i);
    offsets[i] = at;
    if (typeof chunk === 'string') {
      if (bytes.length) yield flush()!;
      at += Buffer.byteLength(chunk);
      texts.push(chunk);
      size += chunk.length;
    } else {
      if (texts.length) yield flush()!;
      at += chunk.byteLength;
      bytes.push(chunk);
      size += chunk.byteLength;
    }
    if (size >= BATCH) yield flush()!;
  }
  offsets[count] = at;
  const last = flush();
  if (last !== undefined) yield last;
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

/**
 * What a snapshot file holds. The `update` part lets the next command update it story by story
 * (snapshot-update.ts): which story folders (by fingerprint) it was made from, each node's first
 * story and place there, each story's nodes, and for a node several stories share each story's
 * own attributes (their evidence is the node's, tagged by story).
 */
export interface SnapshotContent {
  graph: string;
  counts: GraphCounts;
  nodeIds: readonly string[];
  edgeKeys: readonly string[];
  edgeEnds: Uint32Array;
  edgeStory: Uint32Array;
  /** A node's attributes as JSON text (or its bytes). */
  node: (i: number) => Chunk;
  edge: (i: number) => Chunk;
  /** Each node's and edge's type, so that a walk or a filter by type decodes no attributes. */
  nodeType: (i: number) => string;
  edgeType: (i: number) => string;
  update?: {
    base: string;
    stories: [string, string][];
    /** Per node: the index of its first story, its place in that story's nodes. */
    nodeFirst: Uint32Array;
    /** Story i's nodes are storyNodes[storyNodeStart[i] .. storyNodeStart[i + 1]). */
    storyNodeStart: Uint32Array;
    storyNodes: Uint32Array;
    /** Per node: `[[story, place, attributes without evidence], ...]` when several stories share it, else ''. */
    parts: (i: number) => Chunk;
  };
}

/** Writes a snapshot; false if it could not (a cache that cannot be written costs only time). */
export function writeSnapshotContent(slot: SnapshotSlot, c: SnapshotContent): boolean {
  const nodeOffsets = new Float64Array(c.nodeIds.length + 1);
  const edgeOffsets = new Float64Array(c.edgeKeys.length + 1);
  const partOffsets = new Float64Array(c.nodeIds.length + 1);
  const u = c.update;
  const names: string[] = [];
  const code = new Map<string, number>();
  const codeOf = (t: string) => {
    let k = code.get(t);
    if (k === undefined) {
      k = names.length;
      names.push(t);
      code.set(t, k);
    }
    return k;
  };
  const nodeTypes = Uint8Array.from(c.nodeIds, (_, i) => codeOf(c.nodeType(i)));
  const edgeTypes = Uint8Array.from(c.edgeKeys, (_, i) => codeOf(c.edgeType(i)));
  if (names.length > 255) return false;
  return writeSections(slot.file, SNAPSHOT_FORMAT, slot.key, [
    ['type-names', [JSON.stringify(names)]],
    ['node-types', [nodeTypes]],
    ['edge-types', [edgeTypes]],
    ['graph', [c.graph]],
    ['counts', [JSON.stringify(c.counts)]],
    ['node-ids', stringArray(c.nodeIds)],
    ['edge-keys', stringArray(c.edgeKeys)],
    ['edge-ends', [typed(c.edgeEnds)]],
    ['edge-story', [typed(c.edgeStory)]],
    ['node-attrs', batches(c.nodeIds.length, c.node, nodeOffsets)],
    [
      'node-offsets',
      (function* () {
        yield typed(nodeOffsets);
      })(),
    ],
    ['edge-attrs', batches(c.edgeKeys.length, c.edge, edgeOffsets)],
    [
      'edge-offsets',
      (function* () {
        yield typed(edgeOffsets);
      })(),
    ],
    ...(u
      ? ([
          ['story-stats', [JSON.stringify({ base: u.base, stories: u.stories })]],
          ['node-first', [typed(u.nodeFirst)]],
          ['story-node-start', [typed(u.storyNodeStart)]],
          ['story-nodes', [typed(u.storyNodes)]],
          ['node-parts', batches(c.nodeIds.length, u.parts, partOffsets)],
          [
            'node-part-offsets',
            (function* () {
              yield typed(partOffsets);
            })(),
          ],
        ] as [string, Iterable<Chunk>][])
      : []),
  ]);
}

/** What a node's own attributes are in its story, its evidence left out (kept in the node, by story). */
const withoutEvidence = (a: NodeAttributes): NodeAttributes => ({ ...a, evidence: [] });

/**
 * The update part of a snapshot of these stories (the graph's, in order, the slot's folders), or
 * undefined when the graph was not built from exactly them or some evidence is not tagged with
 * its story (then the snapshot is only ever rebuilt, never updated).
 */
function updatePart(slot: SnapshotSlot, ids: readonly string[], stories: readonly LoadedStory[], index: Map<string, number>): SnapshotContent['update'] {
  if (stories.length !== slot.stories.length || stories.some((s, i) => s.story.id !== slot.stories[i]![0])) return undefined;
  const order = ids.length;
  const nodeFirst = new Uint32Array(order * 2).fill(NONE);
  const storyNodeStart = new Uint32Array(stories.length + 1);
  const storyNodes = new Uint32Array(stories.reduce((n, s) => n + s.nodes.size, 0));
  // Where each node is in each story that has it (compressed: node i's are at occStart[i] ..).
  const occStart = new Uint32Array(order + 1);
  let k = 0;
  for (let si = 0; si < stories.length; si++) {
    const { story, nodes } = stories[si]!;
    storyNodeStart[si] = k;
    let at = 0;
    for (const [id, a] of nodes) {
      const n = index.get(id);
      if (n === undefined) return undefined;
      for (const e of a.evidence) if (e.story !== story.id) return undefined;
      storyNodes[k++] = n;
      if (nodeFirst[2 * n] === NONE) {
        nodeFirst[2 * n] = si;
        nodeFirst[2 * n + 1] = at;
      }
      occStart[n + 1]!++;
      at++;
    }
  }
  storyNodeStart[stories.length] = k;
  for (let n = 0; n < order; n++) occStart[n + 1]! += occStart[n]!;
  const fill = occStart.slice(0, order);
  const occ = new Uint32Array(k); // indexes into storyNodes, in story order per node
  for (let j = 0; j < k; j++) occ[fill[storyNodes[j]!]!++] = j;
  const storyOf = (j: number) => {
    let lo = 0;
    let hi = stories.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (storyNodeStart[mid]! <= j) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    base: slot.base,
    stories: slot.stories,
    nodeFirst,
    storyNodeStart,
    storyNodes,
    parts: (i) => {
      if (occStart[i + 1]! - occStart[i]! < 2) return '';
      const list: [string, number, NodeAttributes][] = [];
      for (let o = occStart[i]!; o < occStart[i + 1]!; o++) {
        const j = occ[o]!;
        const si = storyOf(j);
        const s = stories[si]!;
        list.push([s.story.id, j - storyNodeStart[si]!, withoutEvidence(s.nodes.get(ids[i]!)!)]);
      }
      return JSON.stringify(list);
    },
  };
}

/** Writes the snapshot of a graph; with the stories it was built from, one that can be updated story by story. */
export function writeSnapshot(slot: SnapshotSlot, graph: ReadGraph, stories?: readonly LoadedStory[]): boolean {
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
  // Each edge's story (as its index in the stories list): a story's subgraph without decoding all edges.
  const storyIndex = new Map(graph.getAttribute('stories').map((st, i) => [st.id, i]));
  return writeSnapshotContent(slot, {
    graph: JSON.stringify(graph.getAttributes()),
    counts: countGraph(graph),
    nodeIds: ids,
    edgeKeys: keys,
    edgeEnds: ends,
    edgeStory: Uint32Array.from(edgeAttrs, (a) => storyIndex.get((a as { story: string }).story) ?? 0xffffffff),
    node: (i) => JSON.stringify(nodeAttrs[i]),
    edge: (i) => JSON.stringify(edgeAttrs[i]),
    nodeType: (i) => (nodeAttrs[i] as NodeAttributes).type,
    edgeType: (i) => (edgeAttrs[i] as EdgeAttributes).type,
    update: stories && updatePart(slot, ids, stories, index),
  });
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
      types: () => ({
        names: JSON.parse(lazy('type-names')().toString('utf8')) as string[],
        nodes: new Uint8Array(lazy('node-types')()),
        edges: new Uint8Array(lazy('edge-types')()),
      }),
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
