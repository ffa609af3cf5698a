// Generates a synthetic story folder for the explorer's bench and tests: a data folder with one
// story of about N elements (nodes + edges, 2,000 by default) whose quotes all resolve. Seeded,
// so the same N gives the same bytes.
// The relation types come from the model's table and the random numbers from the layout's PRNG.
//   npm run build && node dist/synthetic-story.mjs OUT_DIR [--elements 2000]
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../src/graph/seeded-random.js';
import type { NodeType } from '../src/model/node-types.js';
import { relationChoices } from '../src/model/relation-choices.js';
import type { GeneratedNode, GeneratedSelector } from './synthetic-types.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vu', 'zel', 'an', 'bor', 'di', 'fen', 'gar', 'hol', 'is', 'jun'];
const FACTUALITY = ['asserted', 'asserted', 'asserted', 'reported', 'reported', 'denied', 'possible', 'planned', 'hypothetical', 'unknown'];
// [share of nodes, type, id prefix]
const TYPES: [number, NodeType, string][] = [
  [0.22, 'person', 'person'],
  [0.18, 'organization', 'org'],
  [0.06, 'country', 'country'],
  [0.1, 'city', 'city'],
  [0.28, 'event', 'event'],
  [0.16, 'claim', 'claim'],
];
const RELATIONS = relationChoices(TYPES.map((t) => t[1]));

export function syntheticStory(elements = 2000, seed = 7) {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const name = () => {
    const w = () => {
      const s = pick(SYLLABLES) + pick(SYLLABLES) + (rand() < 0.5 ? pick(SYLLABLES) : '');
      return s[0]!.toUpperCase() + s.slice(1);
    };
    return `${w()} ${w()}`;
  };
  // nodes + relations + one derived attribution edge per claim = elements
  const claimShare = TYPES.find((t) => t[1] === 'claim')![0];
  const nodeCount = Math.round(elements / (2.9 + claimShare));
  let text = '';
  const quote = (s: string): GeneratedSelector => {
    const start = text.length;
    text += s;
    return { exact: s, start, end: start + s.length };
  };
  const nodes: GeneratedNode[] = [];
  const byType = new Map<NodeType, GeneratedNode[]>(TYPES.map((t) => [t[1], []]));
  const of = (type: NodeType): GeneratedNode[] => byType.get(type) ?? [];
  const storyId = `synthetic-${elements}`;
  text += `Synthetic story with ${elements} elements\n\n`;
  let i = 0;
  for (const [share, type, prefix] of TYPES) {
    const n = Math.max(2, Math.round(nodeCount * share));
    for (let k = 0; k < n; k++, i++) {
      const label = `${name()} ${i}`;
      text += 'Introducing ';
      const mention = quote(label);
      text += i % 8 === 7 ? '.\n\n' : '. ';
      const id = `${prefix}/n-${i}`;
      const node: GeneratedNode = { id, type, label, mentions: [mention] };
      if (['person', 'organization', 'country', 'city'].includes(type)) node.kb = { status: 'unlinked', reason: 'synthetic' };
      if (type === 'event') Object.assign(node, { eventType: pick(['meeting', 'tour', 'statement', 'attack', 'plan']), factuality: pick(FACTUALITY) });
      nodes.push(node);
      of(type).push(node);
    }
  }
  const persons = of('person');
  for (const c of of('claim')) {
    const speaker = pick(persons);
    text += `${speaker.label} `;
    const cue = quote(`said claim ${c.id.slice(8)}`);
    text += '.\n';
    Object.assign(c, {
      act: 'assert',
      content: `Synthetic claim ${c.label}`,
      cue,
      factuality: pick(FACTUALITY),
      attribution: [{ agents: [speaker.id], role: 'speaker', cue, explicit: true }],
    });
  }
  const relations: unknown[] = [];
  const relCount = elements - (nodes.length + 1) - of('claim').length; // + 1: the article node
  for (let r = 0; r < relCount; r++) {
    const { type, source: s, target: t } = pick(RELATIONS);
    const source = pick(of(s));
    let target = pick(of(t));
    if (target === source) target = of(t).find((x) => x !== source)!;
    const evidence = quote(`(R${r}) ${source.label} ${type.replace('_', ' ')} ${target.label}.`);
    text += r % 6 === 5 ? '\n\n' : ' ';
    relations.push({ id: `rel/r-${r}`, type, source: source.id, target: target.id, evidence: [evidence], factuality: pick(FACTUALITY) });
  }
  text += '\n';
  const article = {
    id: `article/${storyId}`,
    mentions: [{ exact: `Synthetic story with ${elements} elements`, start: 0, end: `Synthetic story with ${elements} elements`.length }],
  };
  const publisher = of('organization')[0]!;
  const story = {
    id: storyId,
    title: `Synthetic story with ${elements} elements`,
    publisher: publisher.id,
    published: { edtf: '2020-10-30', inferred: false },
    language: 'en',
    sha256: createHash('sha256').update(text).digest('hex'),
    source: 'scripts/synthetic-story.ts',
  };
  return { id: storyId, text, story, annotations: { article, nodes, relations, leftOut: [] } };
}

export function writeSyntheticData(dataDir: string, elements = 2000): string {
  const s = syntheticStory(elements);
  const dir = join(dataDir, 'stories', s.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.txt'), s.text);
  writeFileSync(join(dir, 'story.json'), `${JSON.stringify(s.story, null, 2)}\n`);
  writeFileSync(join(dir, 'annotations.json'), `${JSON.stringify(s.annotations)}\n`);
  return dir;
}

if (process.argv[1]?.endsWith('synthetic-story.mjs')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { elements: { type: 'string', default: '2000' } } });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node dist/synthetic-story.mjs OUT_DIR [--elements 2000]\n');
    process.exit(2);
  }
  console.log(`wrote ${writeSyntheticData(positionals[0]!, Number(values.elements))}`);
}
