// Entities, in order of trust: those the corpus knows (gazetteer), those general news-English
// knowledge names (countries, demonyms, capitals, regions, agencies, seats of government), then
// new names from the NLP library, with titles split off ("Secretary of State Mike Pompeo" → a
// title mention and a holds_office draft), later surname-only mentions joined to the full name,
// CJK names in brackets as aliases, and capitals or buildings used for governments as metonyms.
import type { EntityType } from '../model/node-types.js';
import { NODE_TYPES } from '../model/node-types.js';
import { COUNTRIES, CITIES, METONYMS, NEWS_AGENCIES, NOT_NAMES, ORG_WORDS, REGIONS, TITLES, TITLE_COUNTRY, TITLE_OFFICES } from './lexicon.js';
import { Gazetteer, type Surface } from './gazetteer.js';
import type { DraftSet, DEntity } from './model-draft.js';
import { nameCandidates, type NlpName } from './nlp.js';
import { inside, overlaps, type Span } from './spans.js';
import { slug } from '../text/slug.js';

const idOf = (type: EntityType, label: string) => `${NODE_TYPES[type].prefix}/${slug(label)}`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Verbs after which a capital or seat of government speaks or acts for its state. */
const ACTS =
  /^\s+[“"]?(?:opposed|condemned|criticized|criticised|welcomed|protested|demanded|has|have|had|is|was|will|would|said|says|say|told|warned|urged|announced|denied|responded|respond|accused|rejected|wants|insisted|must|could|may|did|does)\b/;

function lexiconSurfaces(): Surface[] {
  const out: Surface[] = [];
  const ent = (type: EntityType, label: string) => ({ id: idOf(type, label), type, label });
  for (const c of COUNTRIES) {
    const e = ent('country', c.name);
    out.push({ text: c.name, entity: e, kind: 'name' });
    for (const a of c.aliases ?? []) out.push({ text: a, entity: e, kind: 'name' });
    for (const d of c.demonyms) out.push({ text: d, entity: e, kind: 'demonym' });
    if (c.capital) out.push({ text: c.capital, entity: ent('city', c.capital), kind: 'name' });
  }
  for (const c of CITIES) out.push({ text: c, entity: ent('city', c), kind: 'name' });
  for (const r of REGIONS) out.push({ text: r, entity: ent('region', r), kind: 'name' });
  for (const a of NEWS_AGENCIES)
    out.push({ text: a, entity: ent('organization', a === 'AP' ? 'Associated Press' : a === 'AFP' ? 'Agence France-Presse' : a), kind: 'name' });
  for (const m of METONYMS) out.push({ text: m.surface, entity: ent(m.type, m.label), kind: 'metonym' });
  return out;
}
let LEXICON: Gazetteer | undefined;
let SURFACES: Surface[] | undefined;
const CAPITAL_OF = new Map(COUNTRIES.filter((c) => c.capital).map((c) => [c.capital!, c.name]));
const COUNTRY_BY_DEMONYM = new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d, c.name] as const)));

/** Case matters for short all-capital forms ("US" is not "us") and names start with a capital. */
function caseFits(original: string, surface: Surface | undefined): boolean {
  if (CJK.test(original)) return true;
  if (!/^\p{Lu}/u.test(original) && !/^the /.test(original)) return false;
  if (surface && surface.text.length <= 4 && surface.text === surface.text.toUpperCase()) return original === surface.text;
  return true;
}

export interface EntityOptions {
  corpus?: Gazetteer | undefined;
  nlp: NlpName;
  publisherId?: string | undefined;
}

export async function draftEntities(text: string, set: DraftSet, opts: EntityOptions): Promise<void> {
  const taken: Span[] = [];
  const free = (s: Span) => !taken.some((t) => overlaps(t, s));

  // 1. The corpus gazetteer.
  for (const h of opts.corpus?.find(text) ?? []) {
    const original = text.slice(h.start, h.end);
    if (!caseFits(original, undefined) && h.kind !== 'alias') continue;
    const e = set.entity(h.entity.id, h.entity.type, h.entity.label, 'corpus', 0.9, h.entity.kb);
    set.mention(e, { start: h.start, end: h.end, kind: h.kind, origin: 'corpus', confidence: 0.9 });
    taken.push(h);
  }

  // 2. The general lexicon.
  SURFACES ??= lexiconSurfaces();
  LEXICON ??= new Gazetteer(SURFACES);
  for (const h of LEXICON.find(text)) {
    if (!free(h)) continue;
    const original = text.slice(h.start, h.end);
    const surface = SURFACES.find((s) => s.entity.id === h.entity.id && s.text.toLowerCase() === original.toLowerCase());
    if (!caseFits(original, surface)) continue;
    let span: Span = { start: h.start, end: h.end };
    let kind = h.kind;
    const before = text.slice(Math.max(0, h.start - 4), h.start);
    const after = text.slice(h.end, h.end + 40);
    if (h.entity.type === 'country' && kind === 'name') {
      if (/\bthe $/i.test(before)) span = { start: h.start - 4, end: h.end };
      else if (/^,?\s+(?:and\s+)?(?:\p{Ll}|[A-Z][a-z]+(?:an|ese|ish)\b)/u.test(after) && /^[A-Z.]+$/.test(original)) kind = 'demonym';
    }
    if (kind === 'metonym' && /\bthe $/i.test(before)) span = { start: h.start - 4, end: h.end };
    if (h.entity.type === 'region') {
      const region = /^(\s+region)\b/.exec(after);
      if (region) span = { start: /\bthe $/i.test(before) ? h.start - 4 : h.start, end: h.end + region[1]!.length };
    }
    const capitalOf = CAPITAL_OF.get(h.entity.label);
    const actsFor = capitalOf && ACTS.test(after);
    if (actsFor) kind = 'metonym';
    const e = set.entity(h.entity.id, h.entity.type, h.entity.label, kind === 'metonym' ? 'metonym' : 'nlp', 0.85);
    set.mention(e, { ...span, kind, origin: kind === 'metonym' ? 'metonym' : 'nlp', confidence: 0.85 });
    if (actsFor) {
      const country = set.entity(idOf('country', capitalOf), 'country', capitalOf, 'metonym', 0.7);
      set.mention(country, { ...span, kind: 'metonym', origin: 'metonym', confidence: 0.7 });
      set.relation({ type: 'stands_for', source: e.id, target: country.id, evidence: [span], origin: 'metonym', confidence: 0.7, factuality: 'asserted' });
    }
    taken.push(span);
  }

  // 2b. A capital the corpus knows, used for its government ("Beijing opposed"): a metonym too.
  for (const e of [...set.entities.values()].filter((x) => x.type === 'city' && x.origin === 'corpus')) {
    const capitalOf = CAPITAL_OF.get(e.label);
    if (!capitalOf) continue;
    for (const m of e.mentions) {
      if (
        !ACTS.test(text.slice(m.end, m.end + 40)) &&
        !/^\s+(?:opposed|condemned|criticised|criticized|welcomed|protested|demanded)\b/.test(text.slice(m.end, m.end + 40))
      )
        continue;
      const country = set.entity(idOf('country', capitalOf), 'country', capitalOf, 'metonym', 0.7);
      set.mention(country, { start: m.start, end: m.end, kind: 'metonym', origin: 'metonym', confidence: 0.7 });
      set.relation({ type: 'stands_for', source: e.id, target: country.id, evidence: [m], origin: 'metonym', confidence: 0.7, factuality: 'asserted' });
    }
  }

  // 3. Titles before names, and "<Demonym> <words> ministry" style institutions.
  const titles = findTitles(text);
  const institutions = findInstitutions(text, set, taken);

  // 4. New names from the NLP library.
  const candidates = await nameCandidates(text, opts.nlp);
  const persons: DEntity[] = [];
  const seen = new Set<string>();
  for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    for (const piece of splitAround(text, c, [...taken, ...titles.map((t) => t.span)])) {
      const name = cleanName(text, piece);
      if (!name || seen.has(`${name.start}:${name.end}`)) continue;
      if (!free(name)) continue;
      const words = text.slice(name.start, name.end).split(/\s+/);
      const title = titles.find((t) => t.span.end <= name.start && /^\s+$/.test(text.slice(t.span.end, name.start)));
      const label = text.slice(name.start, name.end);
      let type: EntityType | undefined;
      let confidence = 0.6;
      if (ORG_WORDS.some((w) => new RegExp(`\\b${esc(w)}\\b`).test(label))) {
        type = 'organization';
        confidence = 0.7;
      } else if (title || c.hint === 'person') {
        type = 'person';
        confidence = title ? 0.85 : 0.7;
      } else if (c.hint === 'organization') type = 'organization';
      else if (c.hint === 'place') type = 'place';
      else if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))) {
        type = 'person';
        confidence = 0.5;
      }
      if (!type || (type === 'person' && words.length < 2 && !title)) continue;
      seen.add(`${name.start}:${name.end}`);
      const e = set.entity(idOf(type, label), type, label, 'nlp', confidence);
      set.mention(e, { ...name, kind: 'name', origin: 'nlp', confidence });
      taken.push(name);
      if (type === 'person') persons.push(e);
      if (title) linkTitle(text, set, e, title, institutions);
    }
  }

  // 5. CJK names in brackets right after a name: an alias of that entity.
  for (const e of set.entities.values()) {
    for (const m of [...e.mentions]) {
      const alias = /^\s*[(（]([^)）]{1,20})[)）]/u.exec(text.slice(m.end));
      if (!alias || !CJK.test(alias[1]!)) continue;
      const start = m.end + alias[0].indexOf(alias[1]!);
      const span = { start, end: start + alias[1]!.length };
      if (!free(span)) continue;
      set.mention(e, { ...span, kind: 'alias', origin: e.origin, confidence: 0.9 });
      e.aliases.add(alias[1]!);
      taken.push(span);
      // The same characters elsewhere in the text are the same person.
      for (let at = text.indexOf(alias[1]!); at >= 0; at = text.indexOf(alias[1]!, at + 1)) {
        const again = { start: at, end: at + alias[1]!.length };
        if (free(again)) {
          set.mention(e, { ...again, kind: 'alias', origin: e.origin, confidence: 0.85 });
          taken.push(again);
        }
      }
    }
  }

  // 6. A later surname-only mention joins the full name (family name first for CJK-aliased names).
  for (const p of [...set.entities.values()].filter((e) => e.type === 'person')) {
    const words = p.label.split(/\s+/);
    if (words.length < 2) continue;
    const familyFirst = [...p.aliases].some((a) => CJK.test(a));
    const surname = familyFirst ? words[0]! : words[words.length - 1]!.replace(/['’]s$/, '');
    if (surname.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(surname)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + surname.length };
      if (!free(span)) continue;
      set.mention(p, { ...span, kind: 'short', origin: p.origin, confidence: 0.75 });
      p.aliases.add(surname);
      taken.push(span);
    }
  }
  void persons;
}

interface TitleHit {
  span: Span;
  title: string;
  demonym?: Span & { country: string };
}

/** Titles followed by a capitalised word, with a demonym right before them when there is one. */
function findTitles(text: string): TitleHit[] {
  const alt = [...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
  const re = new RegExp(`(?<![\\p{L}])(${alt})(?=\\s+\\p{Lu})`, 'gu');
  const out: TitleHit[] = [];
  for (const m of text.matchAll(re)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (out.some((t) => overlaps(t.span, span))) continue;
    const dem = /(\p{Lu}[\p{L}]+)((?:\s+\p{Ll}+){0,3})\s+$/u.exec(text.slice(Math.max(0, span.start - 60), span.start));
    const country = dem && COUNTRY_BY_DEMONYM.get(dem[1]!);
    const hit: TitleHit = { span, title: m[1]! };
    if (dem && country) {
      const start = span.start - dem[0].length;
      hit.demonym = { start, end: start + dem[1]!.length, country };
    }
    out.push(hit);
  }
  return out;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c.name] as const));

/** "<Demonym> defense ministry", "<Country>'s foreign ministry" → an organisation of that country (a description mention). */
function findInstitutions(text: string, set: DraftSet, taken: Span[]): { span: Span; entity: DEntity }[] {
  const out: { span: Span; entity: DEntity }[] = [];
  const re = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(['’]s)?((?:\s+\p{Ll}+){0,2})\s+(ministry|military|army|navy|government|coast guard|foreign office)\b/gu;
  for (const m of text.matchAll(re)) {
    const country = m[2] ? COUNTRY_BY_NAME.get(m[1]!) : COUNTRY_BY_DEMONYM.get(m[1]!);
    if (!country) continue;
    const words = m[3]!.trim();
    const head = m[4]!;
    const label =
      head === 'ministry'
        ? `${country} Ministry of ${!words || words === 'foreign' ? 'Foreign Affairs' : words.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}`
        : `${country} ${head.replace(/\b\p{L}/gu, (c) => c.toUpperCase())}`;
    const span = { start: m.index, end: m.index + m[0].length };
    const e = set.entity(idOf('organization', label), 'organization', label, 'nlp', 0.6);
    set.mention(e, { ...span, kind: 'description', origin: 'nlp', confidence: 0.6 });
    const countryEntity = set.entity(idOf('country', country), 'country', country, 'nlp', 0.8);
    set.relation({ type: 'part_of', source: e.id, target: countryEntity.id, evidence: [span], origin: 'nlp', confidence: 0.6, factuality: 'asserted' });
    out.push({ span, entity: e });
    void taken;
  }
  return out;
}

/** holds_office: the title's institution (a US cabinet title), the institution named before it, or the demonym's country. */
function linkTitle(text: string, set: DraftSet, person: DEntity, t: TitleHit, institutions: { span: Span; entity: DEntity }[]): void {
  set.mention(person, { ...t.span, kind: 'title', origin: 'title', confidence: 0.8 });
  if (/^(?:Mr|Mrs|Ms|Dr|Prof)\.$/.test(t.title)) return;
  const office = TITLE_OFFICES[t.title];
  const near = institutions.find((i) => i.span.end <= t.span.start && /^\s*$/.test(text.slice(i.span.end, t.span.start)));
  let target: DEntity | undefined;
  if (near) target = near.entity;
  else if (office && !office.ofCountry && (!t.demonym || t.demonym.country === TITLE_COUNTRY[t.title])) {
    target = set.entity(idOf(office.type, office.label), office.type, office.label, 'title', 0.7);
    set.mention(target, { ...t.span, kind: 'title', origin: 'title', confidence: 0.7 });
    const country = TITLE_COUNTRY[t.title];
    if (country)
      set.relation({
        type: 'part_of',
        source: target.id,
        target: set.entity(idOf('country', country), 'country', country, 'title', 0.7).id,
        evidence: [t.span],
        origin: 'title',
        confidence: 0.6,
        factuality: 'asserted',
      });
  } else if (t.demonym) {
    target = set.entity(idOf('country', t.demonym.country), 'country', t.demonym.country, 'nlp', 0.8);
  }
  if (!target) return;
  set.relation({
    type: 'holds_office',
    source: person.id,
    target: target.id,
    evidence: [{ start: t.span.start, end: t.span.end }],
    origin: 'title',
    confidence: 0.7,
    factuality: 'asserted',
    title: t.title,
  });
}

/** The parts of a candidate outside spans already found (a title, a known name). */
function splitAround(text: string, c: Span, known: Span[]): Span[] {
  let pieces: Span[] = [c];
  for (const k of known) {
    pieces = pieces.flatMap((p) => {
      if (!overlaps(p, k)) return [p];
      if (inside(p, k)) return [];
      const out: Span[] = [];
      if (p.start < k.start) out.push({ start: p.start, end: k.start });
      if (k.end < p.end) out.push({ start: k.end, end: p.end });
      return out;
    });
  }
  void text;
  return pieces;
}

/** Trims spaces, words that are not names ("The", "Photo") and a possessive from a span. */
function cleanName(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  const slice = () => text.slice(start, end);
  const trim = () => {
    while (start < end && /[^\p{L}\p{N}]/u.test(text[start]!)) start++;
    while (end > start && /[^\p{L}\p{N}.]/u.test(text[end - 1]!)) end--;
  };
  trim();
  for (;;) {
    const first = /^(\S+)\s+/.exec(slice());
    if (first && (NOT_NAMES.has(first[1]!) || /^\p{Ll}/u.test(first[1]!))) {
      start += first[0].length;
      continue;
    }
    break;
  }
  const poss = /['’]s?$/.exec(slice());
  if (poss) end -= poss[0].length;
  trim();
  const s2 = slice();
  if (!s2 || NOT_NAMES.has(s2) || !/^\p{Lu}/u.test(s2) || /\n/.test(s2)) return undefined;
  return { start, end };
}
