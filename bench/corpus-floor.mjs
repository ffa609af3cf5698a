// The floors of bench/corpus.mjs, each in its own process: 'parse' reads and parses every
// story's JSON; 'build' also builds the graphology graph from it with every quote resolved
// (sliced from the text and compared), merging shared entities. No schemas, no checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';

const [data, mode] = process.argv.slice(2);
const root = join(data, 'stories');
const stories = readdirSync(root)
  .filter((d) => !d.startsWith('.'))
  .sort()
  .map((id) => {
    const dir = join(root, id);
    return {
      text: readFileSync(join(dir, 'article.txt'), 'utf8'),
      meta: JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8')),
      ann: JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')),
    };
  });
if (mode === 'build') {
  const graph = new Graph({ type: 'directed', multi: true });
  for (const { text, meta, ann } of stories) {
    const cps = [...text];
    const resolve = (q) => {
      if (cps.slice(q.start, q.end).join('') !== q.exact) throw new Error(`${meta.id}: quote does not resolve`);
      return { story: meta.id, exact: q.exact, start: q.start, end: q.end };
    };
    graph.addNode(ann.article.id, { type: 'article', label: meta.title, evidence: ann.article.mentions.map(resolve), stories: [meta.id] });
    for (const node of ann.nodes) {
      const evidence = node.mentions.map(resolve);
      if (graph.hasNode(node.id)) {
        const a = graph.getNodeAttributes(node.id);
        a.evidence.push(...evidence);
        a.stories.push(meta.id);
      } else {
        const { mentions, ...rest } = node;
        graph.addNode(node.id, { ...rest, evidence, stories: [meta.id] });
      }
      for (const [i, link] of (node.attribution ?? []).entries()) {
        link.agents.forEach((agent, k) =>
          graph.addDirectedEdgeWithKey(`${node.id}#attribution/${i}${k ? `/${k}` : ''}`, node.id, agent, {
            type: 'attributed_to',
            evidence: [resolve(link.cue)],
            story: meta.id,
          }),
        );
      }
    }
    for (const { id, source, target, evidence, ...rest } of ann.relations)
      graph.addDirectedEdgeWithKey(id, source, target, { ...rest, evidence: evidence.map(resolve), story: meta.id });
  }
  if (graph.order === 0) process.exit(1);
}
