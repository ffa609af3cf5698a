// storygraph timeline [--from DATE] [--to DATE]: dated events in order, with their status.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { publishedLine, timeline } from '../../queries/timeline.js';
import { tableChunks } from '../../text/table.js';
import { attributionCell, quoteCell } from '../query-support.js';
import type { CommandRun } from '../command.js';
import type { ReadGraph } from '../../graph/read-graph.js';

const day = (iso: string | null, open: string) => (iso ? iso.slice(0, 10) : open);

export interface TimelineOptions {
  curatedOnly: boolean;
  story: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

export const run: CommandRun<TimelineOptions> = async ({ data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const entries = timeline(graph, options);
  return { data: entries, text: () => render(graph, entries) };
};

function* render(graph: ReadGraph, entries: ReturnType<typeof timeline>): Generator<string> {
  const corpus = graph.getAttribute('stories').length > 1;
  yield* tableChunks(
    entries.map((e) => ({
      start: e.edtf ? day(e.min, '..') : '(undated)',
      end: e.edtf ? day(e.max, '..') : '',
      edtf: e.edtf,
      expression: e.expression,
      status: e.status,
      factuality: e.factuality,
      id: e.id,
      label: e.label,
      attribution: attributionCell(e.attribution),
      quote: quoteCell(e.evidence[0], graph),
      ...(corpus ? { 'dated by': e.datedBy.map((d) => `${d.story}: ${d.edtf} ("${d.expression}")`).join('; ') } : {}),
    })),
  );
  if (corpus) {
    yield `\npublished: ${publishedLine(graph)}\n`;
    return;
  }
  const published = [...new Set(entries.map((e) => e.published).filter((p) => p !== null))];
  if (published.length) yield `\npublished: ${published.join(', ')}\n`;
}
