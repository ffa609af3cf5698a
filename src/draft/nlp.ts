// The NLP libraries the drafter can use for names it does not know, both with their English
// model inside the npm package (nothing downloaded at run time), each imported only when a draft
// is made so other commands never load them. Each gives candidate name spans with a type hint;
// the rules in entities.ts decide. `compromise` is the default (see the README for the comparison).
import type { Span } from './spans.js';

export type NameHint = 'person' | 'place' | 'organization' | undefined;
export interface NameCandidate extends Span {
  hint: NameHint;
}
export type NlpName = 'compromise' | 'wink';
export const NLP_NAMES: readonly NlpName[] = ['compromise', 'wink'];

/** Trims punctuation a library kept at the ends of a span ("US," → "US"), keeping "U.S.". */
function trimSpan(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
  while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === '.' && !/(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  return end > start ? { start, end } : undefined;
}

type Compromise = (text: string) => {
  people(): Json;
  places(): Json;
  organizations(): Json;
  match(m: string): Json;
};
interface Json {
  json(o: { offset: boolean }): { offset?: { start: number; length: number } }[];
}

async function compromise(text: string): Promise<NameCandidate[]> {
  const nlp = (await import('compromise')).default as unknown as Compromise;
  const doc = nlp(text);
  const out: NameCandidate[] = [];
  const add = (v: Json, hint: NameHint) => {
    for (const m of v.json({ offset: true })) {
      if (!m.offset) continue;
      const s = trimSpan(text, { start: m.offset.start, end: m.offset.start + m.offset.length });
      if (s) out.push({ ...s, hint });
    }
  };
  add(doc.people(), 'person');
  add(doc.organizations(), 'organization');
  add(doc.places(), 'place');
  add(doc.match('#ProperNoun+'), undefined);
  return out;
}

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
async function wink(text: string): Promise<NameCandidate[]> {
  const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  const nlp = (winkNLP as unknown as (m: unknown) => { readDoc(t: string): WinkDoc; its: Record<string, unknown> })(model);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(nlp.its.value);
  const pos = doc.tokens().out(nlp.its.pos);
  const out: NameCandidate[] = [];
  let at = 0;
  let run: Span | undefined;
  values.forEach((v, i) => {
    const start = text.indexOf(v, at);
    if (start < 0) return;
    at = start + v.length;
    if (pos[i] === 'PROPN') run = run ? { start: run.start, end: at } : { start, end: at };
    else if (run) {
      const s = trimSpan(text, run);
      if (s) out.push({ ...s, hint: undefined });
      run = undefined;
    }
  });
  if (run) {
    const s = trimSpan(text, run);
    if (s) out.push({ ...s, hint: undefined });
  }
  return out;
}

export function nameCandidates(text: string, lib: NlpName): Promise<NameCandidate[]> {
  return lib === 'wink' ? wink(text) : compromise(text);
}
