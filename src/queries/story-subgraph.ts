// One story of a corpus as a graph of its own: the nodes it mentions with its own evidence and
// its own annotations (label, factuality, time... from perStory), and the edges annotated in it.
// Every query then answers about that story alone (`--story ID`) without knowing about stories.
import Graph from 'graphology';
import type { StoryGraph } from '../graph/build-graph.js';
import type { ReadGraph } from '../graph/read-graph.js';
import { nodeInStory } from '../graph/story-view.js';
import type { NodeAttributes, StoryAttributes } from '../model/graph-attributes.js';
import { compareStrings } from '../text/compare-strings.js';
import { QueryError } from './errors.js';

/** A story by id, or by a part of its id that only one story has ("testwire"). */
export function resolveStory(graph: ReadGraph, name: string): StoryAttributes {
  const stories = graph.getAttribute('stories');
  const exact = stories.find((s) => s.id === name);
  if (exact) return exact;
  const needle = name.toLowerCase();
  const partial = stories.filter((s) => s.id.toLowerCase().includes(needle));
  if (partial.length === 1) return partial[0]!;
  const candidates = (partial.length ? partial : stories).map((s) => ({ id: s.id, type: 'story', label: s.title }));
  candidates.sort((a, b) => compareStrings(a.id, b.id));
  const list = candidates
    .slice(0, 10)
    .map((c) => c.id)
    .join(', ');
  throw new QueryError(
    'story-unknown',
    partial.length
      ? `"${name}" names ${partial.length} stories: ${list}`
      : `no story "${name}"; the stories are: ${list}${candidates.length > 10 ? ', ...' : ''}`,
    candidates,
  );
}

/** The node as one story annotates it, knowing no other story. */
function nodeIn(a: NodeAttributes, story: string): NodeAttributes {
  const own: NodeAttributes = { ...nodeInStory(a, story), stories: [story] };
  delete own.perStory;
  return own;
}

export function storySubgraph(graph: ReadGraph, name: string): StoryGraph {
  const story = resolveStory(graph, name);
  const sub: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  sub.replaceAttributes({ stories: [story] });
  graph.forEachNode((id, a) => {
    if (a.stories.includes(story.id)) sub.addNode(id, nodeIn(a, story.id));
  });
  graph.forEachEdge((key, e, source, target) => {
    if (e.story === story.id && sub.hasNode(source) && sub.hasNode(target)) sub.addDirectedEdgeWithKey(key, source, target, e);
  });
  return sub;
}

/** The graph, or the one story's part of it when a story is named. */
export function restrictToStory(graph: ReadGraph, story: string | undefined): ReadGraph {
  return story === undefined ? graph : storySubgraph(graph, story);
}
