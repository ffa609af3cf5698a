// storygraph claims [--speaker X] [--about Y] [--factuality F] [--via Z] [--act A] [--limit N]: who said what,
// according to whom (joint speakers at one level), and what it asserts, denies, announces or urges.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { claims } from '../../queries/claims.js';
import type { Factuality } from '../../model/factuality.js';
import type { SpeechAct } from '../../model/speech-acts.js';
import { tableChunks } from '../../text/table.js';
import { attributionCell, quoteCell, resolveOption } from '../query-support.js';
import { limited } from '../query-options.js';
import type { CommandRun } from '../command.js';

export interface ClaimsOptions {
  curatedOnly: boolean;
  story: string | undefined;
  speaker: string | undefined;
  about: string | undefined;
  via: string | undefined;
  factuality: Factuality | undefined;
  act: SpeechAct | undefined;
  limit: number | undefined;
}

export const run: CommandRun<ClaimsOptions> = async ({ data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const all = claims(graph, {
    speaker: resolveOption(graph, options.speaker),
    about: resolveOption(graph, options.about),
    via: resolveOption(graph, options.via),
    factuality: options.factuality,
    act: options.act,
  });
  const { shown: result, warnings } = limited(all, options.limit, 'claims');
  return {
    data: result,
    warnings,
    text: () =>
      tableChunks(
        result.map((c) => ({
          claim: c.id,
          act: c.act,
          speaker: c.speakers.map((s) => s.label).join(' & '),
          cue: c.cue?.exact,
          factuality: c.factuality,
          says: c.relations.map((r) => `${r.type} ${r.other.id}`).join('; '),
          content: c.content,
          attribution: attributionCell(c.attribution),
          quote: quoteCell(c.quote ?? c.evidence[0], graph),
        })),
      ),
  };
};
