// Generates a deterministic synthetic corpus in the project's format: N story folders of about
// 54 nodes, 95 edges and 185 evidence quotes each (2-4 KB of text), whose people, organisations,
// countries and cities are drawn Zipf-like from shared pools, so that a few entities appear in
// many stories and most in few, as in news. Relations are drawn from the model's own relation
// table, so every story validates. Seeded: the same N and seed give the same bytes.
// Built to dist/synthetic-corpus.mjs (npm run build):
//   node dist/synthetic-corpus.mjs OUT_DIR --stories 1000 [--seed 1]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NODE_TYPES, type NodeType } from '../src/model/node-types.js';
import { relationChoices } from '../src/model/relation-choices.js';
import { seededRandom as rng, type Rand } from '../src/graph/seeded-random.js';
import type { GeneratedNode, GeneratedSelector } from './synthetic-types.js';

/** Samples 0..size-1 with probability ∝ 1/(k+1)^s. */
function zipf(size: number, s = 1.1): (rand: Rand) => number {
  const cum = new Float64Array(size);
  let total = 0;
  for (let k = 0; k < size; k++) cum[k] = total += 1 / (k + 1) ** s;
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vu', 'zel', 'an', 'bor', 'di', 'fen', 'gar', 'hol', 'is', 'jun'];
const FACTUALITY = ['asserted', 'asserted', 'asserted', 'reported', 'reported', 'denied', 'possible', 'planned', 'hypothetical', 'unknown'];
const EVENT_TYPES = ['meeting', 'tour', 'statement', 'attack', 'plan'];
/** Shared entities per story by type, and how many more are local to the story. */
const SHARED: [NodeType, number][] = [
  ['person', 5],
  ['organization', 4],
  ['country', 2],
  ['city', 3],
];
const LOCAL: [NodeType, number][] = [
  ['person', 3],
  ['organization', 2],
  ['city', 1],
];
const EVENTS = 20;
const CLAIMS = 13;
const RELATIONS = 82;

export interface SyntheticStory {
  id: string;
  text: string;
  story: Record<string, unknown>;
  annotations: { article: { id: string; mentions: GeneratedSelector[] }; nodes: GeneratedNode[]; relations: unknown[]; leftOut: unknown[] };
}

export interface CorpusOptions {
  stories: number;
  seed?: number;
}

function word(rand: Rand): string {
  const pick = () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  const s = pick() + pick() + (rand() < 0.5 ? pick() : '');
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The label of shared entity k of a type: the same in every story that mentions it. */
function sharedLabel(seed: number, type: NodeType, k: number): string {
  const r = rng(seed * 7919 + k * 31 + type.length);
  return `${word(r)} ${word(r)} ${k}`;
}

// The curatable relation types whose two ends can be drawn from a story's node types.
const DRAWN: NodeType[] = ['person', 'organization', 'country', 'city', 'event', 'claim'];
const RELATION_CHOICES = relationChoices(DRAWN);

/** Story i (0-based) of a corpus of n stories with this seed. */
export function syntheticCorpusStory(i: number, n: number, seed = 1): SyntheticStory {
  const rand = rng(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pool = Math.max(20, n * 2);
  const draw = zipfFor(pool);
  const id = `story-${String(i + 1).padStart(5, '0')}`;
  let text = '';
  // Every generated string is ASCII, so UTF-16 lengths are code point offsets.
  const quote = (s: string): GeneratedSelector => {
    const start = text.length;
    text += s;
    return { exact: s, start, end: text.length };
  };
  const title = `Synthetic story ${i + 1} of ${n}`;
  const articleMention = quote(title);
  text += '\n\n';

  const nodes: GeneratedNode[] = [];
  const byType = new Map<NodeType, GeneratedNode[]>();
  const add = (node: GeneratedNode) => {
    nodes.push(node);
    byType.set(node.type, [...(byType.get(node.type) ?? []), node]);
  };
  const taken = new Set<string>();
  for (const [type, count] of SHARED) {
    for (let c = 0; c < count; c++) {
      let k = draw(rand);
      while (taken.has(`${type}/${k}`)) k = (k + 1) % pool;
      taken.add(`${type}/${k}`);
      add({
        id: `${NODE_TYPES[type].prefix}/shared-${k}`,
        type,
        label: sharedLabel(seed, type, k),
        mentions: [],
        kb: { status: 'unlinked', reason: 'synthetic' },
      });
    }
  }
  for (const [type, count] of LOCAL) {
    for (let c = 0; c < count; c++)
      add({
        id: `${NODE_TYPES[type].prefix}/s${i + 1}-${c}`,
        type,
        label: `${word(rand)} ${word(rand)}`,
        mentions: [],
        kb: { status: 'unlinked', reason: 'synthetic' },
      });
  }
  for (let c = 0; c < EVENTS; c++) {
    const eventType = pick(EVENT_TYPES);
    add({ id: `event/s${i + 1}-${c}`, type: 'event', label: `the ${word(rand)} ${eventType}`, mentions: [], eventType, factuality: pick(FACTUALITY) });
  }
  // Mentions: entities two or three times, events once, three to a sentence.
  const slots: GeneratedNode[] = [];
  for (const node of nodes) {
    const times = node.type === 'event' ? 1 : rand() < 0.5 ? 2 : 3;
    for (let t = 0; t < times; t++) slots.push(node);
  }
  for (let s = slots.length - 1; s > 0; s--) {
    const j = Math.floor(rand() * (s + 1));
    [slots[s], slots[j]] = [slots[j]!, slots[s]!];
  }
  const sentences: GeneratedSelector[] = [];
  for (let s = 0; s < slots.length; s += 3) {
    const start = text.length;
    text += pick(['Officials said that ', 'According to reports, ', 'On the same day, ', 'Later, ']);
    const [a, b, c] = [slots[s]!, slots[s + 1], slots[s + 2]];
    a.mentions.push(quote(a.label));
    if (b) {
      text += ' and ';
      b.mentions.push(quote(b.label));
    }
    if (c) {
      text += ' came up with ';
      c.mentions.push(quote(c.label));
    }
    text += '.';
    sentences.push({ exact: text.slice(start), start, end: text.length });
    text += s % 12 === 9 ? '\n\n' : ' ';
  }
  const persons = byType.get('person')!;
  for (let c = 0; c < CLAIMS; c++) {
    const speaker = pick(persons);
    text += `${speaker.label} `;
    const cue = quote('said');
    text += ' ';
    const mention = quote(`claim ${c}`);
    text += '.\n';
    add({
      id: `claim/s${i + 1}-${c}`,
      type: 'claim',
      act: 'assert',
      label: `claim ${c} of story ${i + 1}`,
      mentions: [mention],
      content: `Synthetic claim ${c}`,
      cue,
      factuality: pick(FACTUALITY),
      attribution: [{ agents: [speaker.id], role: 'speaker', cue, explicit: true }],
    });
  }
  const relations: unknown[] = [];
  for (let r = 0; r < RELATIONS; r++) {
    const choice = pick(RELATION_CHOICES);
    const source = pick(byType.get(choice.source)!);
    const targets = byType.get(choice.target)!.filter((t) => t !== source);
    relations.push({
      id: `rel/s${i + 1}-${r}`,
      type: choice.type,
      source: source.id,
      target: pick(targets).id,
      evidence: [pick(sentences)],
      factuality: pick(FACTUALITY),
    });
  }
  text += '\n';
  const publisher = byType.get('organization')![0]!;
  const story = {
    id,
    title,
    publisher: publisher.id,
    published: { edtf: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`, inferred: false },
    language: 'en',
    sha256: createHash('sha256').update(text).digest('hex'),
    source: 'scripts/synthetic-corpus.ts',
  };
  return { id, text, story, annotations: { article: { id: `article/${id}`, mentions: [articleMention] }, nodes, relations, leftOut: [] } };
}

const zipfs = new Map<number, ReturnType<typeof zipf>>();
function zipfFor(size: number): ReturnType<typeof zipf> {
  let z = zipfs.get(size);
  if (!z) zipfs.set(size, (z = zipf(size)));
  return z;
}

/** Writes the corpus as DATA_DIR/stories/<id>/{article.txt, story.json, annotations.json}. */
export function writeSyntheticCorpus(dataDir: string, options: CorpusOptions): string {
  for (let i = 0; i < options.stories; i++) writeSyntheticStory(dataDir, syntheticCorpusStory(i, options.stories, options.seed));
  return dataDir;
}

export function writeSyntheticStory(dataDir: string, s: SyntheticStory): string {
  const dir = join(dataDir, 'stories', s.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.txt'), s.text);
  writeFileSync(join(dir, 'story.json'), `${JSON.stringify(s.story, null, 2)}\n`);
  writeFileSync(join(dir, 'annotations.json'), `${JSON.stringify(s.annotations)}\n`);
  return dir;
}

if (process.argv[1] && /synthetic-corpus\.(mjs|ts)$/.test(process.argv[1])) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { stories: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' } },
  });
  if (positionals.length !== 1 || !/^\d+$/.test(values.stories) || !/^\d+$/.test(values.seed)) {
    process.stderr.write('usage: node dist/synthetic-corpus.mjs OUT_DIR [--stories 100] [--seed 1]\n');
    process.exit(2);
  }
  writeSyntheticCorpus(positionals[0]!, { stories: Number(values.stories), seed: Number(values.seed) });
  process.stdout.write(`wrote ${values.stories} stories to ${positionals[0]}\n`);
}
