// storygraph show NAME: one node's attributes and every relation it takes part in.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { showNode } from '../../queries/show.js';
import { attributionSteps } from '../../queries/describe.js';
import { table } from '../../text/table.js';
import { attributionCell, edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<{ curatedOnly: boolean; story: string | undefined }> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const shown = showNode(graph, resolveArg(graph, args[0] ?? ''));
  const a = shown.attributes;
  const first = [...a.evidence].sort((x, y) => x.start - y.start)[0];
  const refs = (list: readonly { id: string; label: string }[]) => list.map((r) => `${r.label} (${r.id})`).join('; ');
  const doc = shown.document;
  const lines = [
    `${shown.id}  ${a.label}  (${a.type}${a.eventType ? `: ${a.eventType}` : ''}${a.docType ? `: ${a.docType}` : ''})`,
    a.aliases.length ? `aliases: ${a.aliases.join(', ')}` : '',
    a.outsideNames?.length ? `outside the text: ${a.outsideNames.map((o) => `${o.name} [${o.source}]`).join(', ')}` : '',
    a.act ? `act: ${a.act}` : '',
    a.voice ? `voice: ${a.voice}${a.framing?.length ? ` (framing: ${a.framing.map((f) => `"${f.exact}"`).join(', ')})` : ''}` : '',
    doc?.publishedBy.length ? `published by: ${refs(doc.publishedBy)}` : '',
    doc?.creditedTo.length ? `credited to: ${refs(doc.creditedTo)}` : '',
    doc ? `reports: ${doc.reports.length ? refs(doc.reports) : '(nothing the text names)'}` : '',
    doc ? `cited by: ${doc.citedBy.length ? refs(doc.citedBy) : '(no article or document cites it)'}` : '',
    doc?.inChainsOf.length ? `in the attribution chains of: ${refs(doc.inChainsOf)}` : '',
    a.content ? `content: ${a.content}` : '',
    a.cue ? `cue: ${quoteCell(a.cue, graph)}` : '',
    a.quote ? `quote: ${quoteCell(a.quote, graph)}` : '',
    a.factuality ? `factuality: ${a.factuality}` : '',
    a.attribution ? `attribution: ${attributionCell(attributionSteps(graph, a.attribution))}` : '',
    a.time ? `time: ${a.time.edtf} ("${a.time.expression}")` : '',
    a.condition ? `condition: ${a.condition.text}` : '',
    a.kb ? `kb: ${a.kb.status === 'unlinked' ? `unlinked (${a.kb.reason})` : `${a.kb.wikidata} (${a.kb.status})`}` : '',
    a.note ? `note: ${a.note}` : '',
    `evidence: ${a.evidence.length} ${a.evidence.length === 1 ? 'quote' : 'quotes'}${first ? `, first ${quoteCell(first, graph)}` : ''} (storygraph mentions for all)`,
  ].filter((l) => l !== '');
  return {
    data: shown,
    text: () =>
      `${lines.join('\n')}\n\n${table(
        shown.relations.map((r) => ({
          dir: r.direction,
          relation: r.type,
          other: r.other.id,
          label: r.other.label,
          factuality: r.factuality,
          attribution: edgeAttributionCell(r),
          quote: quoteCell(r.evidence[0], graph),
        })),
      )}`,
  };
};
