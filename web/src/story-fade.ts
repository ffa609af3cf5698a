// In a graph of many stories, the story shown in the article is set apart on the canvas: the
// elements no part of it (nodes it does not mention, relations another story states) are faded
// (.other-story), so opening a story shows its own subgraph, fitted, among the rest.
import type cytoscape from 'cytoscape';
import type { StoryGraph } from '../../src/graph/build-graph.js';

export function markOtherStories(graph: StoryGraph, eles: cytoscape.Collection, story: string): void {
  const many = graph.getAttribute('stories').length > 1;
  eles.forEach((e) => {
    const id = e.id();
    const other =
      many &&
      (e.isNode()
        ? graph.hasNode(id) && !graph.getNodeAttribute(id, 'stories').includes(story)
        : graph.hasEdge(id) && graph.getEdgeAttribute(id, 'story') !== story);
    if (e.hasClass('other-story') !== other) e.toggleClass('other-story', other);
  });
}
