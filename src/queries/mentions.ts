// Every place the article mentions a node or states something about it: its mentions and, for
// claims and events, the cue, the verbatim quote and the time and condition expressions. Each
// comes with its sentence (or line, outside the sentences) as context, cut by code points so
// offsets stay right in text with astral characters.
import { storySentences } from '../graph/story-sentences.js';
import type { ReadGraph } from '../graph/read-graph.js';
import type { StoryAttributes } from '../model/graph-attributes.js';
import type { ResolvedEvidence } from '../model/index.js';
import { CodePointText } from '../text/code-points.js';
import { byTextOrder } from './describe.js';
import { compareStrings } from '../text/compare-strings.js';

export type MentionRole = 'mention' | 'cue' | 'quote' | 'time' | 'condition' | 'attribution';

export interface MentionContext {
  /** Code-point offsets of the context in the story text. */
  start: number;
  end: number;
  text: string;
}

export interface NodeMention extends ResolvedEvidence {
  role: MentionRole;
  context: MentionContext | null;
}

function contextOf(story: StoryAttributes, doc: CodePointText, e: ResolvedEvidence): MentionContext {
  const within = storySentences(story).filter((s) => s.start < Math.max(e.end, e.start + 1) && s.end > e.start);
  let start: number;
  let end: number;
  if (within.length) {
    start = Math.min(e.start, ...within.map((s) => s.start));
    end = Math.max(e.end, ...within.map((s) => s.end));
  } else {
    // Outside every sentence (a title, a credit line): the line that holds it.
    const before = doc.slice(0, e.start);
    const after = doc.slice(e.end, doc.length);
    start = e.start - [...before.slice(before.lastIndexOf('\n') + 1)].length;
    const nl = after.indexOf('\n');
    end = e.end + [...(nl === -1 ? after : after.slice(0, nl))].length;
  }
  return { start, end, text: doc.slice(start, end) };
}

export function mentions(graph: ReadGraph, id: string): NodeMention[] {
  const a = graph.getNodeAttributes(id);
  const tag = (role: MentionRole) => (e: ResolvedEvidence) => ({ e, role });
  const tagged = [
    ...a.evidence.map(tag('mention')),
    ...(a.cue ? [a.cue] : []).map(tag('cue')),
    ...(a.quote ? [a.quote] : []).map(tag('quote')),
    ...(a.time?.evidence ?? []).map(tag('time')),
    ...(a.condition?.evidence ?? []).map(tag('condition')),
    ...(a.attribution ?? []).map((l) => l.cue).map(tag('attribution')),
    // Other stories' own time, condition and attribution quotes of a shared event or claim.
    ...(a.perStory ?? [])
      .filter((v) => v.story !== a.stories[0])
      .flatMap((v) => [
        ...(v.time?.evidence ?? []).map(tag('time')),
        ...(v.condition?.evidence ?? []).map(tag('condition')),
        ...(v.attribution ?? []).map((l) => l.cue).map(tag('attribution')),
      ]),
  ];
  const stories = new Map(graph.getAttribute('stories').map((s) => [s.id, { story: s, doc: new CodePointText(s.text) }]));
  const seen = new Set<string>();
  const out: NodeMention[] = [];
  for (const { e, role } of tagged) {
    const key = `${e.story}:${e.start}:${e.end}:${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = stories.get(e.story);
    out.push({ ...e, role, context: s ? contextOf(s.story, s.doc, e) : null });
  }
  return out.sort((x, y) => byTextOrder(x, y) || compareStrings(x.role, y.role));
}
