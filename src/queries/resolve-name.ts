// Turns what a researcher types ("Esper", "吳謙", "person/wu-qian") into one node id. Lookup is
// by id, then label or alias, then the id without its type prefix ("wu-qian"), then the words
// of a recorded mention (a short form such as "Esper"), all folded by normalizeText. Several matches at the first tier that has any is an
// error listing them; none is an error suggesting the nearest names.
import type { StoryGraph } from '../graph/build-graph.js';
import { editDistance } from './edit-distance.js';
import { QueryError, type NameCandidate } from './errors.js';
import { normalizeText } from './normalize.js';
import { compareStrings } from '../text/compare-strings.js';

const MAX_SUGGESTIONS = 3;

function candidate(graph: StoryGraph, id: string): NameCandidate {
  const a = graph.getNodeAttributes(id);
  return { id, type: a.type, label: a.label };
}

const list = (cs: NameCandidate[]) => cs.map((c) => `${c.id} (${c.label})`).join(', ');

/** Every name a node answers to: id, label, aliases and the text of its name-like mentions. */
function namesOf(graph: StoryGraph, id: string): { primary: string[]; mentions: string[] } {
  const a = graph.getNodeAttributes(id);
  return {
    primary: [a.label, ...a.aliases],
    mentions: a.evidence.filter((e) => e.kind !== 'pronoun').map((e) => e.exact),
  };
}

export function resolveName(graph: StoryGraph, name: string): string {
  if (graph.hasNode(name)) return name;
  const key = normalizeText(name);
  const ids = graph.nodes().sort();
  const tiers: ((id: string) => boolean)[] = [
    (id) => normalizeText(id) === key,
    (id) => namesOf(graph, id).primary.some((n) => normalizeText(n) === key),
    (id) => normalizeText(id.slice(id.indexOf('/') + 1)) === key,
    (id) => namesOf(graph, id).mentions.some((n) => normalizeText(n) === key),
  ];
  if (key !== '') {
    for (const matches of tiers) {
      const found = ids.filter(matches);
      if (found.length === 1) return found[0]!;
      if (found.length > 1) {
        const cs = found.map((id) => candidate(graph, id));
        throw new QueryError('name-ambiguous', `"${name}" names ${found.length} nodes: ${list(cs)}; give the id`, cs);
      }
    }
  }
  const near = suggest(graph, key, ids);
  throw new QueryError('name-unknown', unknownMessage(name, near), near);
}

function unknownMessage(name: string, near: NameCandidate[]): string {
  return near.length ? `no node is named "${name}"; did you mean ${list(near)}?` : `no node is named "${name}"`;
}

/** The nearest names by edit distance (or containing the key), close enough to be a typo or variant. */
export function suggest(graph: StoryGraph, key: string, ids = graph.nodes().sort()): NameCandidate[] {
  if (key === '') return [];
  const best = new Map<string, number>();
  for (const id of ids) {
    const { primary, mentions } = namesOf(graph, id);
    for (const n of [id, id.slice(id.indexOf('/') + 1), ...primary, ...mentions]) {
      const folded = normalizeText(n);
      // A name that contains what was typed ("Mark" in "Mark Esper") is as near as a typo.
      const d = key.length > 1 && folded.includes(key) ? 1 : editDistance(key, folded);
      if (d < (best.get(id) ?? Infinity)) best.set(id, d);
    }
  }
  const limit = Math.max(2, Math.ceil([...key].length / 2));
  return [...best]
    .filter(([, d]) => d <= limit)
    .sort(([a, da], [b, db]) => da - db || compareStrings(a, b))
    .slice(0, MAX_SUGGESTIONS)
    .map(([id]) => candidate(graph, id));
}
