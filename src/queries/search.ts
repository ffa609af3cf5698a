// Full-text search over nodes: label, aliases, the quotes that evidence them and the curated
// content of claims and events. The graph is small (tens to hundreds of nodes per story), so a
// scan over folded keys beats building an index (minisearch) at every CLI start, and substring
// matching finds CJK words ("吳謙") without a tokenizer.
import type { ReadGraph } from '../graph/read-graph.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import { evidenceSpans } from '../graph/evidence-spans.js';
import type { Factuality, NodeType, ResolvedEvidence } from '../model/index.js';
import { attributionSteps, byTextOrder, compareStrings, type AttributionStep } from './describe.js';
import { QueryError } from './errors.js';
import { searchKey } from './normalize.js';

/** `outside`: a name the text does not contain (the curator's knowledge), reported with its source. */
export type MatchedField = 'label' | 'alias' | 'outside' | 'quote' | 'content';

export interface SearchResult {
  id: string;
  type: NodeType;
  label: string;
  score: number;
  matched: MatchedField;
  /** The text that matched (the label, alias, quote or content). */
  text: string;
  /** When the match is a name from outside the text: where that name comes from. */
  outsideSource?: string;
  factuality?: Factuality;
  attribution?: AttributionStep[];
  evidence?: ResolvedEvidence[];
}

export interface SearchOptions {
  type?: NodeType | undefined;
}

const FIELD_WEIGHT: Record<MatchedField, number> = { label: 1, alias: 0.9, outside: 0.85, quote: 0.6, content: 0.5 };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * How well the query key matches a field key, 0 (not at all) to 1 (the whole field): the kind of
 * match (whole words, start of a word, inside a word, every word somewhere), then how much of
 * the field the query covers, so "esper" ranks "Mark Esper" above "Esper denies the plan".
 */
export function matchQuality(query: string, field: string): number {
  if (!query || !field) return 0;
  if (field === query) return 1;
  const coverage = 0.1 * Math.min(1, [...query].length / [...field].length);
  const f = ` ${field} `;
  if (f.includes(` ${query} `)) return 0.8 + coverage;
  if (f.includes(` ${query}`)) return 0.7 + coverage; // a word that starts with the query
  if (CJK.test(query) && field.includes(query)) return 0.7 + coverage; // CJK has no spaces between words
  if ([...query].length >= 4 && field.includes(query)) return 0.5 + coverage;
  const words = query.split(' ');
  if (words.length > 1 && words.every((w) => f.includes(` ${w}`) || (CJK.test(w) && field.includes(w)))) return 0.4 + coverage;
  return 0;
}

interface Field {
  matched: MatchedField;
  text: string;
  evidence?: ResolvedEvidence;
  source?: string;
}

function fieldsOf(a: NodeAttributes): Field[] {
  const content = [a.content, a.topic, a.format, a.time?.expression, a.condition?.text].filter((s): s is string => !!s);
  return [
    { matched: 'label', text: a.label },
    ...a.aliases.map((text): Field => ({ matched: 'alias', text })),
    ...(a.outsideNames ?? []).map((o): Field => ({ matched: 'outside', text: o.name, source: o.source })),
    ...evidenceSpans(a)
      .sort(byTextOrder)
      .map((e): Field => ({ matched: 'quote', text: e.exact, evidence: e })),
    ...content.map((text): Field => ({ matched: 'content', text })),
  ];
}

export function search(graph: ReadGraph, text: string, options: SearchOptions = {}): SearchResult[] {
  const query = searchKey(text);
  if (query === '') throw new QueryError('bad-option', `nothing to search for in "${text}"`);
  const results: SearchResult[] = [];
  // A corpus repeats its names and quotes (a shared entity's label in every story that has it):
  // each text is keyed once per search (the memory bounded).
  const keys = new Map<string, string>();
  const keyOf = (t: string): string => {
    let k = keys.get(t);
    if (k === undefined) {
      if (keys.size >= 1_000_000) keys.clear();
      k = searchKey(t);
      keys.set(t, k);
    }
    return k;
  };
  graph.forEachNode((id, a) => {
    if (options.type && a.type !== options.type) return;
    let best: { field: Field; score: number } | undefined;
    const quotes: ResolvedEvidence[] = [];
    for (const field of fieldsOf(a)) {
      const score = Math.round(FIELD_WEIGHT[field.matched] * matchQuality(query, keyOf(field.text)) * 1000) / 1000;
      if (score > 0 && field.evidence) quotes.push(field.evidence);
      if (score > (best?.score ?? 0)) best = { field, score };
    }
    if (!best) return;
    // Supporting quotes: the ones that match, else where the node is first mentioned.
    const first = [...a.evidence].sort(byTextOrder)[0];
    const evidence = quotes.length ? quotes : first ? [first] : [];
    const attribution = attributionSteps(graph, a.attribution);
    results.push({
      id,
      type: a.type,
      label: a.label,
      score: best.score,
      matched: best.field.matched,
      text: best.field.text,
      ...(best.field.source ? { outsideSource: best.field.source } : {}),
      ...(a.factuality ? { factuality: a.factuality } : {}),
      ...(attribution ? { attribution } : {}),
      ...(evidence.length ? { evidence } : {}),
    });
  });
  return results.sort((x, y) => y.score - x.score || compareStrings(x.id, y.id));
}
