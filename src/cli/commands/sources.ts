// storygraph sources NAME: every story that mentions a node, how it refers to it and what it says
// about it (its own factuality and time, its relations, its claims with attribution).
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { sources, type StorySource } from '../../queries/sources.js';
import { table } from '../../text/table.js';
import { attributionCell, edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';
import type { ReadGraph } from '../../graph/read-graph.js';

export const run: CommandRun<{ curatedOnly: boolean }> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly);
  const result = sources(graph, resolveArg(graph, args[0] ?? ''));
  const head = `${result.node.id}  ${result.node.label}  (${result.node.type}): in ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'}\n`;
  return { data: result, text: () => head + result.stories.map((s) => storyBlock(graph, s)).join('') };
};

function storyBlock(graph: ReadGraph, s: StorySource): string {
  const kinds = s.mentions.map((m) => `"${m.exact}"${m.kind ? ` (${m.kind})` : ''}`);
  const a = s.annotation;
  const lines = [
    '',
    `== ${s.story.id}  ${s.story.publisher.label}, ${s.story.published}: ${s.story.title}`,
    `refers to it as: ${kinds.length ? kinds.join(', ') : '(no mention of its own)'}`,
    a
      ? `annotated as: ${a.label}${a.factuality ? ` [${a.factuality}]` : ''}${a.time ? `, time ${a.time.edtf} ("${a.time.expression}")` : ''}${a.condition ? `, if ${a.condition}` : ''}`
      : '',
    a?.attribution ? `attribution: ${attributionCell(a.attribution)}` : '',
  ].filter((l, i) => i === 0 || l !== '');
  let out = `${lines.join('\n')}\n`;
  if (s.relations.length) {
    out += `relations\n${table(
      s.relations.map((r) => ({
        relation: r.direction === 'out' ? `-${r.type}->` : `<-${r.type}-`,
        other: r.other.id,
        factuality: r.factuality,
        attribution: edgeAttributionCell(r),
        quote: quoteCell(r.evidence[0], graph),
      })),
    )}`;
  }
  if (s.claims.length) {
    out += `claims\n${table(
      s.claims.map((c) => ({
        claim: c.id,
        as: c.concerns.join(', '),
        factuality: c.factuality,
        content: c.content,
        attribution: attributionCell(c.attribution),
        quote: quoteCell(c.quote ?? c.evidence[0], graph),
      })),
    )}`;
  }
  return out;
}
