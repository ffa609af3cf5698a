// Entities the corpus already knows: every label, alias and mention surface of the corpus's
// entity nodes, matched in the new text longest first, with case, accents and width folded
// (so "ESPER", "Ésper" and full-width forms meet) and CJK names matched without word breaks.
import type { EntityType } from '../model/node-types.js';
import type { KbLink } from '../model/annotation-fields.js';
import type { Span } from './spans.js';

export interface KnownEntity {
  id: string;
  type: EntityType;
  label: string;
  kb?: KbLink | undefined;
}
export interface Surface {
  text: string;
  entity: KnownEntity;
  kind: 'name' | 'short' | 'alias' | 'demonym' | 'metonym';
}
export interface GazetteerHit extends Span {
  entity: KnownEntity;
  kind: Surface['kind'];
}

const foldChar = (c: string) => c.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const isWordChar = (c: string | undefined) =>
  c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(c);

/** The folded text and, for each folded UTF-16 index, the original UTF-16 index it came from. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += c.length;
  }
  map.push(i);
  return { folded, map };
}

export class Gazetteer {
  private readonly byFolded = new Map<string, Surface>();
  private maxLength = 0;

  constructor(surfaces: readonly Surface[]) {
    for (const s of surfaces) {
      const key = foldWithMap(s.text.trim()).folded;
      if (key.length < 2 || (key.length < 3 && !/[^\x00-\x7f]/.test(key) && s.text !== s.text.toUpperCase())) continue; // too short to trust
      const prev = this.byFolded.get(key);
      // Names beat shorts beat the rest when two entities share a surface.
      const rank = (x: Surface) => ['name', 'alias', 'short', 'metonym', 'demonym'].indexOf(x.kind);
      if (!prev || rank(s) < rank(prev)) this.byFolded.set(key, s);
      this.maxLength = Math.max(this.maxLength, key.length);
    }
  }

  get size(): number {
    return this.byFolded.size;
  }

  /** Longest, leftmost, non-overlapping matches on word boundaries (none needed around CJK). */
  find(text: string): GazetteerHit[] {
    const { folded, map } = foldWithMap(text);
    const hits: GazetteerHit[] = [];
    for (let i = 0; i < folded.length; ) {
      let found: { len: number; s: Surface } | undefined;
      if (!isWordChar(folded[i - 1]) || !isWordChar(folded[i])) {
        for (let len = Math.min(this.maxLength, folded.length - i); len >= 2; len--) {
          const s = this.byFolded.get(folded.slice(i, i + len));
          if (s && (!isWordChar(folded[i + len]) || !isWordChar(folded[i + len - 1]))) {
            found = { len, s };
            break;
          }
        }
      }
      if (found) {
        hits.push({ start: map[i]!, end: map[i + found.len]!, entity: found.s.entity, kind: found.s.kind });
        i += found.len;
      } else i++;
    }
    return hits;
  }
}
