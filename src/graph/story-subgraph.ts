// One story's part of the graph: its edges, their ends and its article, each node with only this
// story's evidence and this story's own annotations (label, factuality, time... of perStory), and
// only this story in the graph's attributes. A node keeps the ids of every story that tells it
// and their views (perStory), so the explorer can say what the other stories tell of it. The explorer of a large corpus
// loads one at a time from the server (src/web/corpus-server.ts) instead of the whole corpus.
import Graph from 'graphology';
import type { StoryGraph } from './build-graph.js';
import type { EdgeCallback, ReadGraph } from './read-graph.js';
import { SnapshotGraph } from './snapshot-graph.js';
import { nodeInStory } from './story-view.js';

/** The subgraph of a story, or undefined when the graph has no story of that id. */
export function storySubgraph(graph: ReadGraph, storyId: string): StoryGraph | undefined {
  const stories = graph.getAttribute('stories');
  const index = stories.findIndex((s) => s.id === storyId);
  if (index < 0) return undefined;
  const story = stories[index]!;
  const out: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  out.replaceAttributes({ stories: [story] });
  const addNode = (id: string) => {
    if (out.hasNode(id) || !graph.hasNode(id)) return;
    const own = nodeInStory(graph.getNodeAttributes(id), storyId);
    // The story first: the node's own annotations are its view (as the first story's are in the corpus).
    out.addNode(id, own.stories.includes(storyId) ? { ...own, stories: [storyId, ...own.stories.filter((s) => s !== storyId)] } : own);
  };
  addNode(story.article);
  const each = (callback: EdgeCallback) => {
    if (graph instanceof SnapshotGraph) graph.forEachStoryEdge(index, callback);
    else
      graph.forEachEdge((k, a, s, t) => {
        if (a.story === storyId) callback(k, a, s, t);
      });
  };
  each((key, a, s, t) => {
    addNode(s);
    addNode(t);
    out.addDirectedEdgeWithKey(key, s, t, a);
  });
  return out;
}
