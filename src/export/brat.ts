// brat standoff (https://brat.nlplab.org/standoff.html): for each story <id>.txt (the article's
// text exactly) and <id>.ann, plus annotation.conf and visual.conf so brat opens the folder.
// T: every evidence span, typed by its node type (Person, Event, Claim...) or by its role (Cue,
// Quote, Time, Condition, Attribution, Evidence); offsets are code points, as brat (Python) reads
// the text, and a span crossing a line break is split into fragments. R: each relation whose ends
// both have a span in the story, between the mentions nearest the relation's evidence.
// A: Factuality of event and claim mentions. #: the node id or relation id and its annotations.
import type { StoryGraph } from '../graph/build-graph.js';
import { FACTUALITY_VALUES, NODE_TYPE_NAMES, RELATION_TYPE_NAMES, RELATION_TYPES, type ResolvedEvidence } from '../model/index.js';
import { CodePointText } from '../text/code-points.js';
import { bratConfigs, ROLE_TYPES } from './brat-config.js';
import { evidenceItems, type EvidenceItem } from './evidence-items.js';
import type { Exporter } from './exporter.js';
import { typeLabel } from './names.js';

interface Mention {
  t: string;
  node: string;
  start: number;
}

/** brat's fragments: the span split at line breaks (brat's lines cannot hold them), blanks dropped. */
function fragments(doc: CodePointText, e: ResolvedEvidence): [number, number][] {
  const out: [number, number][] = [];
  let from = e.start;
  let at = e.start;
  const close = () => {
    if (doc.slice(from, at).trim() !== '') out.push([from, at]);
  };
  for (const ch of doc.slice(e.start, e.end)) {
    if (ch === '\n' || ch === '\r') {
      close();
      from = at + 1;
    }
    at++;
  }
  close();
  return out.length ? out : [[e.start, e.end]];
}

/** A note's text on one line, without tabs (brat's field separator). */
const oneLine = (s: string) => s.replace(/\s*[\r\n\t]+\s*/g, ' ');

function storyAnn(graph: StoryGraph, storyId: string, doc: CodePointText, items: EvidenceItem[]): string {
  const lines: string[] = [];
  const counters = { T: 0, R: 0, A: 0, '#': 0 };
  const next = (k: keyof typeof counters) => `${k}${++counters[k]}`;
  const mentions = new Map<string, Mention[]>();
  const note = (target: string, text: string) => lines.push(`${next('#')}\tAnnotatorNotes ${target}\t${oneLine(text)}`);

  for (const item of items) {
    const e = item.evidence;
    const frags = fragments(doc, e);
    const t = next('T');
    const type = item.scope === 'node' && item.role === 'mention' ? typeLabel(item.type) : (ROLE_TYPES[item.role] ?? 'Evidence');
    lines.push(`${t}\t${type} ${frags.map(([s, x]) => `${s} ${x}`).join(';')}\t${frags.map(([s, x]) => doc.slice(s, x)).join(' ')}`);
    note(t, `${item.element} (${item.path})`);
    if (item.scope === 'node' && item.role === 'mention') {
      mentions.set(item.element, [...(mentions.get(item.element) ?? []), { t, node: item.element, start: e.start }]);
      const factuality = graph.getNodeAttribute(item.element, 'factuality');
      if (factuality) lines.push(`${next('A')}\tFactuality ${t} ${factuality}`);
    }
  }

  const nearest = (node: string, at: number) =>
    (mentions.get(node) ?? []).reduce<Mention | undefined>((best, m) => (!best || Math.abs(m.start - at) < Math.abs(best.start - at) ? m : best), undefined);
  const edges = graph.filterEdges((_k, a) => a.story === storyId).sort();
  for (const key of edges) {
    const a = graph.getEdgeAttributes(key);
    const at = a.evidence.filter((e) => e.story === storyId)[0]?.start ?? 0;
    const s = nearest(graph.source(key), at);
    const t = nearest(graph.target(key), at);
    if (!s || !t) continue;
    const r = next('R');
    lines.push(`${r}\t${a.type} Arg1:${s.t} Arg2:${t.t}`);
    const extras = [
      a.factuality && `factuality=${a.factuality}`,
      a.role && `role=${a.role}`,
      a.title && `title=${a.title}`,
      a.time && `time=${a.time.edtf}`,
      a.note && `note=${a.note}`,
    ];
    note(r, [key, ...extras.filter(Boolean)].join('; '));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function toBrat(graph: StoryGraph): Record<string, string> {
  const items = evidenceItems(graph);
  const files: Record<string, string> = {};
  for (const story of graph.getAttribute('stories')) {
    const doc = new CodePointText(story.text);
    files[`${story.id}.txt`] = story.text;
    files[`${story.id}.ann`] = storyAnn(
      graph,
      story.id,
      doc,
      items.filter((i) => i.evidence.story === story.id),
    );
  }
  return { ...bratConfigs(NODE_TYPE_NAMES, RELATION_TYPE_NAMES, RELATION_TYPES, FACTUALITY_VALUES), ...files };
}

export const exporter: Exporter = { export: toBrat };
