// storygraph compare STORY_A STORY_B: what two stories share, where their factuality and dates
// differ, which events only one tells, and who each quotes.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { compare, contrastText, type CompareResult } from '../../queries/compare.js';
import { queryGraph } from '../../queries/curated.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<{ curatedOnly: boolean }> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly);
  const result = compare(graph, args[0] ?? '', args[1] ?? '');
  return { data: result, text: () => render(result) };
};

export function render(r: CompareResult): string {
  const ids = (l: { id: string }[]) => (l.length ? l.map((n) => n.id).join(', ') : '(none)');
  let out = `A: ${r.a.id}  ${r.a.publisher.label}, ${r.a.published}: ${r.a.title}\n`;
  out += `B: ${r.b.id}  ${r.b.publisher.label}, ${r.b.published}: ${r.b.title}\n\n`;
  out += `shared entities (${r.shared.entities.length}): ${ids(r.shared.entities)}\n`;
  out += `shared events (${r.shared.events.length}): ${ids(r.shared.events)}\n`;
  out += `shared claims (${r.shared.claims.length}): ${ids(r.shared.claims)}\n`;
  out += `\nwhat they tell differently (${r.factuality.length})\n`;
  out += r.factuality.length
    ? table(
        r.factuality.map((f) => ({
          what: f.relation ? `${f.relation.source.id} -${f.relation.type}-> ${f.relation.target.id}` : f.node.id,
          A: f.a,
          B: f.b,
          contrast: contrastText(f.a, f.b),
        })),
      )
    : '(none)\n';
  const oneSided = (l: CompareResult['onlyA'], who: string) =>
    `\nevents only ${who} tells (${l.length})\n${l.length ? table(l.map((e) => ({ event: e.node.id, factuality: e.factuality, label: e.node.label }))) : '(none)\n'}`;
  out += oneSided(r.onlyA, 'A');
  out += oneSided(r.onlyB, 'B');
  const speakers = (l: CompareResult['quotes']['a'], who: string) =>
    `\nwho ${who} quotes (${l.length})\n${
      l.length
        ? table(
            l.map((s) => ({
              speaker: s.speaker.label,
              via: s.via.map((v) => v.label).join(', '),
              claims: s.claims.length,
              factuality: [...new Set(s.claims.map((c) => c.factuality ?? '-'))].join(', '),
            })),
          )
        : '(none)\n'
    }`;
  out += speakers(r.quotes.a, 'A');
  out += speakers(r.quotes.b, 'B');
  out += `\ndates that differ (${r.dates.length})\n`;
  out += r.dates.length
    ? table(
        r.dates.map((d) => ({
          event: d.node.id,
          A: `${d.a.edtf} ("${d.a.expression}")`,
          B: `${d.b.edtf} ("${d.b.expression}")`,
          agree: d.overlap ? 'overlap' : 'disagree',
        })),
      )
    : '(none)\n';
  return out;
}
