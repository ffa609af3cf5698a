// storygraph timeline [--from DATE] [--to DATE]: dated events in order, with their status.
import { loadGraph } from '../../graph/load-graph.js';
import { timeline } from '../../queries/timeline.js';
import { json, table } from '../../text/table.js';
import { attributionCell, optionalString, quoteCell } from '../query-support.js';
import type { CommandRun } from '../command.js';

const day = (iso: string | null, open: string) => (iso ? iso.slice(0, 10) : open);

export const run: CommandRun = async ({ options }) => {
  const graph = await loadGraph(options.data);
  const entries = timeline(graph, { from: optionalString(options.from), to: optionalString(options.to) });
  if (options.json) {
    process.stdout.write(json(entries));
    return 0;
  }
  process.stdout.write(table(entries.map((e) => ({
    start: e.edtf ? day(e.min, '..') : '(undated)', end: e.edtf ? day(e.max, '..') : '', edtf: e.edtf,
    expression: e.expression, status: e.status, factuality: e.factuality, id: e.id, label: e.label,
    attribution: attributionCell(e.attribution), quote: quoteCell(e.evidence[0]),
  }))));
  const published = [...new Set(entries.map((e) => e.published).filter((p) => p !== null))];
  if (published.length) process.stdout.write(`\npublished: ${published.join(', ')}\n`);
  return 0;
};
