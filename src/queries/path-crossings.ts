// What a path may cross besides entities and events (see path.ts), apart so that the CLI can
// declare the option without loading the query.
import { QueryError } from './errors.js';

/** What a path may cross besides entities and events. */
export const PATH_CROSSINGS = ['claims', 'articles', 'about', 'attribution'] as const;
export type PathCrossing = (typeof PATH_CROSSINGS)[number];

export const CROSSING_DESCRIPTIONS: Record<PathCrossing, string> = {
  claims: 'claim nodes (what someone said)',
  articles: 'article nodes (the documents)',
  about: '"about" links (what an event or claim concerns)',
  attribution: 'attribution links (a claim to its speaker, source or publisher)',
};

export function parseCrossings(list: string): PathCrossing[] {
  const out: PathCrossing[] = [];
  for (const raw of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const v = raw === 'claim' ? 'claims' : raw === 'article' ? 'articles' : raw;
    if (!(PATH_CROSSINGS as readonly string[]).includes(v)) {
      throw new QueryError('bad-option', `--via: "${raw}" is not one of ${PATH_CROSSINGS.join(', ')}`);
    }
    if (!out.includes(v as PathCrossing)) out.push(v as PathCrossing);
  }
  return out;
}
