// The gazetteer of a corpus: each entity node's label, aliases and mention surfaces with the kind
// of reference they are, so a new story's mentions join the nodes the corpus already has.
import type { LoadedStory } from '../load/load-story.js';
import { ENTITY_TYPES, type EntityType } from '../model/node-types.js';
import { Gazetteer, type Surface } from './gazetteer.js';

const KINDS = new Set(['name', 'short', 'alias', 'demonym', 'metonym']);

export function corpusSurfaces(stories: readonly LoadedStory[]): Surface[] {
  const out: Surface[] = [];
  for (const s of stories) {
    for (const [id, a] of s.nodes) {
      if (!(ENTITY_TYPES as readonly string[]).includes(a.type)) continue;
      if (a.draft && !a.draft.review) continue; // unreviewed drafts do not teach the gazetteer
      const entity = { id, type: a.type as EntityType, label: a.label, kb: a.kb };
      out.push({ text: a.label, entity, kind: 'name' });
      // Aliases with a title or description in them ("Secretary of Defense Mark Esper") would swallow the title.
      for (const al of a.aliases.filter((x) => x.split(/\s+/).length <= 2)) out.push({ text: al, entity, kind: /\s/.test(al) ? 'alias' : 'short' });
      for (const ev of a.evidence)
        if (ev.kind && KINDS.has(ev.kind)) out.push({ text: ev.exact.replace(/^the\s+/i, ''), entity, kind: ev.kind as Surface['kind'] });
    }
  }
  return out;
}

export const corpusGazetteer = (stories: readonly LoadedStory[]) => new Gazetteer(corpusSurfaces(stories));
