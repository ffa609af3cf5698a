// Updates the whole-graph snapshot story by story: when a few story folders changed (edited,
// added, removed) since the last snapshot of the same code and kb-links.tsv, only those are
// loaded (through the per-story cache), their old contributions are taken out and their new
// ones merged in, and the snapshot is written again with every other element's JSON copied as
// bytes. Editing one story of 10,000 then costs that story and a copy of the file, not reading
// and merging 10,000 story entries again.
//
// It gives exactly the bytes a cold build's snapshot has (tests/scale/snapshot-update.test.ts):
// a node touched by a changed story is merged again with buildGraph itself, from each story's
// own attributes (kept in the snapshot for nodes several stories share; their evidence is the
// node's, tagged by story), and elements keep the cold build's order (nodes by first story and
// place in it, edges by story). Anything it cannot do exactly (a problem in a changed story, a
// conflict between stories, many changes) is left to the full build, which reports problems.
import { join } from 'node:path';
import { readSections, SectionDamaged, type Sections } from '../cache/section-file.js';
import type { LoadedStory, StoryEdge } from '../load/load-story.js';
import { DataError } from '../load/problem.js';
import { crossStoryProblems, STORIES_DIR } from '../load/story-dirs.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, StoryAttributes } from '../model/graph-attributes.js';
import type { ResolvedEvidence } from '../model/selector.js';
import { buildGraph } from './build-graph.js';
import { loadStoryDirsCached } from './cached-stories.js';
import { adjustCounts, countElements, type GraphCounts } from './graph-counts.js';
import { SNAPSHOT_FORMAT, type SnapshotSlot, writeSnapshotContent } from './graph-snapshot.js';

/** Past this many changed stories (or 1 % of the corpus, if more) the full build is as quick. */
const MAX_CHANGED = 64;
const NONE = 0xffffffff;

class NotUpdatable extends Error {}

type Part = [story: string, place: number, attributes: NodeAttributes];

const u32 = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
const f64 = (b: Buffer) => new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
const json = <T>(b: Buffer): T => JSON.parse(b.toString('utf8')) as T;

/** Section `name` of the old snapshot; NotUpdatable when it has none (made without its stories). */
function section(old: Sections, name: string): Buffer {
  if (!old.has(name)) throw new NotUpdatable(name);
  return old.bytes(name);
}

/** JSON items of a section by offsets, as bytes (copied as they are) or parsed. */
function items(bytes: Buffer, offsets: Float64Array) {
  return {
    bytes: (i: number) => bytes.subarray(offsets[i]!, offsets[i + 1]!),
    parse: <T>(i: number) => JSON.parse(bytes.toString('utf8', offsets[i]!, offsets[i + 1]!)) as T,
    empty: (i: number) => offsets[i] === offsets[i + 1],
  };
}

/**
 * Writes the updated snapshot for `slot` from the older one in its file; false (nothing written)
 * when there is none, it is of other code or kb-links.tsv, or the change is not one it updates.
 */
export async function updateSnapshot(
  slot: SnapshotSlot,
  dataDir: string,
  salt: string,
  options: { env?: NodeJS.ProcessEnv; stillCurrent?: () => boolean } = {},
): Promise<boolean> {
  const old = readSections(slot.file, SNAPSHOT_FORMAT, null);
  if (!old) return false;
  try {
    return await update(old, slot, dataDir, salt, options.env ?? process.env, options.stillCurrent ?? (() => true));
  } catch (e) {
    if (e instanceof NotUpdatable || e instanceof SectionDamaged || e instanceof DataError) return false;
    throw e;
  } finally {
    old.close();
  }
}

async function update(old: Sections, slot: SnapshotSlot, dataDir: string, salt: string, env: NodeJS.ProcessEnv, stillCurrent: () => boolean): Promise<boolean> {
  const stats = json<{ base: string; stories: [string, string][] }>(section(old, 'story-stats'));
  if (stats.base !== slot.base) return false;
  const oldIndex = new Map(stats.stories.map(([name], i) => [name, i]));
  const newIndex = new Map(slot.stories.map(([name], i) => [name, i]));
  const oldStat = new Map(stats.stories);
  const changed = slot.stories.filter(([name, stat]) => oldStat.get(name) !== stat).map(([name]) => name);
  const gone = new Set([...changed, ...stats.stories.map(([name]) => name).filter((name) => !newIndex.has(name))]);
  if (gone.size === 0 || gone.size > Math.max(MAX_CHANGED, slot.stories.length / 100)) return false;

  // The changed stories, checked (a problem: the full build reports it).
  const load = await loadStoryDirsCached(
    dataDir,
    changed.map((name) => join(dataDir, STORIES_DIR, name)),
    salt,
    env,
  );
  if (load.problems.length || load.stories.length !== changed.length) return false;
  if (crossStoryProblems(load.stories, dataDir).length) return false;
  const fresh = new Map(load.stories.map((s) => [s.story.id, s]));
  if (changed.some((name) => !fresh.has(name))) return false;

  // The old snapshot.
  const graphAttrs = json<GraphAttributes>(section(old, 'graph'));
  const oldStories = graphAttrs.stories;
  if (oldStories.length !== stats.stories.length || oldStories.some((s, i) => s.id !== stats.stories[i]![0])) return false;
  const nodeIds = json<string[]>(section(old, 'node-ids'));
  const edgeKeys = json<string[]>(section(old, 'edge-keys'));
  const edgeEnds = u32(section(old, 'edge-ends'));
  const edgeStory = u32(section(old, 'edge-story'));
  const nodes = items(section(old, 'node-attrs'), f64(section(old, 'node-offsets')));
  const edges = items(section(old, 'edge-attrs'), f64(section(old, 'edge-offsets')));
  const parts = items(section(old, 'node-parts'), f64(section(old, 'node-part-offsets')));
  const nodeFirst = u32(section(old, 'node-first'));
  const storyNodeStart = u32(section(old, 'story-node-start'));
  const storyNodes = u32(section(old, 'story-nodes'));
  const counts = json<GraphCounts>(section(old, 'counts'));
  const typeNames = json<string[]>(section(old, 'type-names'));
  const nodeTypes = section(old, 'node-types');
  const edgeTypes = section(old, 'edge-types');

  // Checks between a changed story and the others: article ids and edge keys used twice.
  const articles = new Set(oldStories.filter((s) => !gone.has(s.id)).map((s) => s.article));
  if (load.stories.some((s) => articles.has(s.story.article))) return false;
  const freshKeys = new Set(load.stories.flatMap((s) => s.edges.map((e) => e.key)));
  // Each old story's edges are one run (a cold build adds them story by story).
  const edgeStart = new Array<number>(oldStories.length).fill(-1);
  const edgeEnd = new Array<number>(oldStories.length).fill(-1);
  for (let e = 0; e < edgeKeys.length; e++) {
    const st = edgeStory[e]!;
    if (st >= oldStories.length) return false;
    if (edgeStart[st] === -1) edgeStart[st] = e;
    else if (edgeEnd[st] !== e) return false;
    edgeEnd[st] = e + 1;
    if (!gone.has(oldStories[st]!.id) && freshKeys.has(edgeKeys[e]!)) return false;
  }

  // The nodes a changed story had or has: merged again from every story's own attributes.
  const touched = new Set<number>();
  for (const name of gone) {
    const si = oldIndex.get(name);
    if (si !== undefined) for (let k = storyNodeStart[si]!; k < storyNodeStart[si + 1]!; k++) touched.add(storyNodes[k]!);
  }
  const freshIds = new Set(load.stories.flatMap((s) => [...s.nodes.keys()]));
  const oldOf = new Map<string, number>(); // the touched nodes' old indexes
  for (let i = 0; i < nodeIds.length; i++)
    if (freshIds.has(nodeIds[i]!)) {
      touched.add(i);
      oldOf.set(nodeIds[i]!, i);
    }
  for (const i of touched) oldOf.set(nodeIds[i]!, i);
  const touchedIds = [...oldOf.keys(), ...[...freshIds].filter((id) => !oldOf.has(id))];
  const oldAttrs = new Map([...touched].map((i) => [i, nodes.parse<NodeAttributes>(i)]));
  const contributions = new Map<string, Part[]>();
  for (const i of touched) {
    const merged = oldAttrs.get(i)!;
    // The node's evidence by story, in order (one pass: a node shared by thousands of stories).
    const evidence = new Map<string, ResolvedEvidence[]>();
    for (const e of merged.evidence) {
      const list = evidence.get(e.story);
      if (list) list.push(e);
      else evidence.set(e.story, [e]);
    }
    const own: Part[] = parts.empty(i)
      ? [[oldStories[nodeFirst[2 * i]!]!.id, nodeFirst[2 * i + 1]!, merged]]
      : parts.parse<Part[]>(i).map(([story, place, a]) => [story, place, { ...a, evidence: evidence.get(story) ?? [] }]);
    contributions.set(
      nodeIds[i]!,
      own.filter(([story]) => !gone.has(story)),
    );
  }
  for (const id of touchedIds) if (!contributions.has(id)) contributions.set(id, []);
  for (const s of load.stories) {
    let place = 0;
    for (const [id, a] of s.nodes) contributions.get(id)!.push([s.story.id, place++, a]);
  }
  for (const list of contributions.values()) list.sort((a, b) => newIndex.get(a[0])! - newIndex.get(b[0])!);

  // The stories in their new order, and the touched nodes merged by buildGraph, story by story.
  const stories: StoryAttributes[] = slot.stories.map(([name]) => fresh.get(name)?.story ?? oldStories[oldIndex.get(name)!]!);
  const byStory = new Map<string, LoadedStory>();
  for (const [name] of slot.stories) byStory.set(name, { story: stories[newIndex.get(name)!]!, nodes: new Map(), edges: [], nodeWhere: new Map() });
  for (const [id, list] of contributions) for (const [story, , a] of list) byStory.get(story)!.nodes.set(id, a);
  const remerged = buildGraph(
    [...byStory.values()].filter((s) => s.nodes.size > 0),
    dataDir,
  );

  // The new node order: by first story, then place in it (the cold build's). The untouched nodes
  // keep their order (their first story is unchanged); the touched ones that remain are merged in.
  const keyOf = (story: number, place: number) => story * 2 ** 21 + place;
  const storyMap = Uint32Array.from(oldStories, (st) => newIndex.get(st.id) ?? NONE);
  const remade = touchedIds
    .filter((id) => contributions.get(id)!.length > 0)
    .map((id) => {
      const [story, place] = contributions.get(id)![0]!;
      return { id, story: newIndex.get(story)!, place, key: keyOf(newIndex.get(story)!, place) };
    })
    .sort((x, y) => x.key - y.key);
  const count = nodeIds.length - touched.size + remade.length;
  // A new node is an old one (its index) or a remade one (-1 - its index in remade).
  const from = new Int32Array(count);
  const newIds: string[] = new Array<string>(count);
  const oldToNew = new Uint32Array(nodeIds.length).fill(NONE);
  const newOf = new Map<string, number>();
  const first = new Uint32Array(count * 2);
  let r = 0;
  let n = 0;
  for (let i = 0; i <= nodeIds.length; i++) {
    if (i < nodeIds.length && touched.has(i)) continue; // remade, in its new place
    const keep = i < nodeIds.length;
    const key = keep ? keyOf(storyMap[nodeFirst[2 * i]!]!, nodeFirst[2 * i + 1]!) : Number.POSITIVE_INFINITY;
    while (r < remade.length && remade[r]!.key < key) {
      const m = remade[r]!;
      from[n] = -1 - r;
      newIds[n] = m.id;
      newOf.set(m.id, n);
      const o = oldOf.get(m.id);
      if (o !== undefined) oldToNew[o] = n;
      first[2 * n] = m.story;
      first[2 * n + 1] = m.place;
      n++;
      r++;
    }
    if (!keep) continue;
    from[n] = i;
    newIds[n] = nodeIds[i]!;
    oldToNew[i] = n;
    first[2 * n] = storyMap[nodeFirst[2 * i]!]!;
    first[2 * n + 1] = nodeFirst[2 * i + 1]!;
    n++;
  }
  if (n !== count) throw new NotUpdatable('node order');

  // The edges, story by story: an unchanged story's as they were, a changed one's anew
  // (an edge is an old one, its index, or a changed story's, -1 - its index in freshEdges).
  const freshEdges: StoryEdge[] = [];
  const edgeFrom: number[] = [];
  const edgeStoryNew: number[] = [];
  slot.stories.forEach(([name], si) => {
    const f = fresh.get(name);
    if (f)
      for (const e of f.edges) {
        edgeFrom.push(-1 - freshEdges.length);
        freshEdges.push(e);
        edgeStoryNew.push(si);
      }
    else {
      const os = oldIndex.get(name)!;
      if (edgeStart[os]! >= 0)
        for (let e = edgeStart[os]!; e < edgeEnd[os]!; e++) {
          edgeFrom.push(e);
          edgeStoryNew.push(si);
        }
    }
  });
  const ends = new Uint32Array(edgeFrom.length * 2);
  const keys = new Array<string>(edgeFrom.length);
  for (let e = 0; e < edgeFrom.length; e++) {
    const o = edgeFrom[e]!;
    if (o >= 0) {
      ends[2 * e] = oldToNew[edgeEnds[2 * o]!]!;
      ends[2 * e + 1] = oldToNew[edgeEnds[2 * o + 1]!]!;
      keys[e] = edgeKeys[o]!;
    } else {
      const f = freshEdges[-1 - o]!;
      const s = newOf.get(f.source);
      const t = newOf.get(f.target);
      if (s === undefined || t === undefined) throw new NotUpdatable('edge end');
      ends[2 * e] = s;
      ends[2 * e + 1] = t;
      keys[e] = f.key;
    }
    if (ends[2 * e] === NONE || ends[2 * e + 1] === NONE) throw new NotUpdatable('edge end');
  }

  // Counts: the old ones, less what the changed stories had, plus what they have now.
  const goneEdges: EdgeAttributes[] = [];
  for (const name of gone) {
    const os = oldIndex.get(name);
    if (os !== undefined && edgeStart[os]! >= 0) for (let e = edgeStart[os]!; e < edgeEnd[os]!; e++) goneEdges.push(edges.parse<EdgeAttributes>(e));
  }
  const totals = { stories: stories.length, nodes: count, edges: edgeFrom.length };
  const newCounts = adjustCounts(
    counts,
    countElements(oldAttrs.values(), goneEdges, totals),
    countElements(
      remade.map((m) => remerged.getNodeAttributes(m.id)),
      freshEdges.map((e) => e.attributes),
      totals,
    ),
    totals,
  );

  // Each story's nodes, and the shared nodes' parts.
  const storyStart = new Uint32Array(slot.stories.length + 1);
  const storyList: number[] = [];
  slot.stories.forEach(([name], si) => {
    storyStart[si] = storyList.length;
    const f = fresh.get(name);
    if (f) for (const id of f.nodes.keys()) storyList.push(newOf.get(id)!);
    else {
      const os = oldIndex.get(name)!;
      for (let k = storyNodeStart[os]!; k < storyNodeStart[os + 1]!; k++) storyList.push(oldToNew[storyNodes[k]!]!);
    }
  });
  storyStart[slot.stories.length] = storyList.length;
  const remadeParts = (id: string): string => {
    const list = contributions.get(id)!;
    return list.length > 1 ? JSON.stringify(list.map(([story, place, a]): Part => [story, place, { ...a, evidence: [] }])) : '';
  };

  // Stored only if no file changed while the stories were read (the key is taken again).
  if (!stillCurrent()) return false;
  return writeSnapshotContent(slot, {
    graph: JSON.stringify({ ...graphAttrs, stories }),
    counts: newCounts,
    nodeIds: newIds,
    edgeKeys: keys,
    edgeEnds: ends,
    edgeStory: Uint32Array.from(edgeStoryNew),
    node: (i) => {
      const f = from[i]!;
      return f >= 0 ? nodes.bytes(f) : JSON.stringify(remerged.getNodeAttributes(remade[-1 - f]!.id));
    },
    edge: (e) => {
      const o = edgeFrom[e]!;
      return o >= 0 ? edges.bytes(o) : JSON.stringify(freshEdges[-1 - o]!.attributes);
    },
    nodeType: (i) => {
      const f = from[i]!;
      return f >= 0 ? typeNames[nodeTypes[f]!]! : remerged.getNodeAttribute(remade[-1 - f]!.id, 'type');
    },
    edgeType: (e) => {
      const o = edgeFrom[e]!;
      return o >= 0 ? typeNames[edgeTypes[o]!]! : freshEdges[-1 - o]!.attributes.type;
    },
    update: {
      base: slot.base,
      stories: slot.stories,
      nodeFirst: first,
      storyNodeStart: storyStart,
      storyNodes: Uint32Array.from(storyList),
      parts: (i) => {
        const f = from[i]!;
        return f >= 0 ? parts.bytes(f) : remadeParts(remade[-1 - f]!.id);
      },
    },
  });
}
