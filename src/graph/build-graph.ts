// Builds one graphology MultiDirectedGraph of all stories. Ids are global: an entity that two
// stories share becomes one node carrying the evidence of both.
import Graph from 'graphology';
import type { LoadedStory } from '../load/load-story.js';
import { DataError, type Problem } from '../load/problem.js';
import { join } from 'node:path';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';

export type StoryGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function merge(a: NodeAttributes, b: NodeAttributes): NodeAttributes {
  // A node one story curates and another only drafted is curated: the draft mark stays only
  // when every story drafted it (the mentions keep their own marks).
  const { draft: _, ...curated } = a;
  return {
    ...(a.draft && b.draft ? a : curated),
    aliases: [...new Set([...a.aliases, ...b.aliases, ...(b.label !== a.label ? [b.label] : [])])],
    evidence: [...a.evidence, ...b.evidence],
    stories: [...new Set([...a.stories, ...b.stories])],
  };
}

export function buildGraph(stories: readonly LoadedStory[], dataDir = 'data'): StoryGraph {
  const graph: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ stories: stories.map((s) => s.story) });
  const problems: Problem[] = [];
  for (const { story, nodes } of stories) {
    for (const [id, attrs] of nodes) {
      if (!graph.hasNode(id)) {
        graph.addNode(id, attrs);
        continue;
      }
      const prev = graph.getNodeAttributes(id);
      if (prev.type !== attrs.type) {
        problems.push({
          file: join(dataDir, 'stories', story.id, 'annotations.json'), where: id, code: 'conflicting-node',
          message: `${id} is a ${attrs.type} here but a ${prev.type} in story ${prev.stories.join(', ')}`,
        });
        continue;
      }
      graph.replaceNodeAttributes(id, merge(prev, attrs));
    }
  }
  if (problems.length) throw new DataError(problems);
  for (const { edges } of stories) for (const e of edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}
