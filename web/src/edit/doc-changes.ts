// The changes a curator makes, as functions of the annotation document (no DOM): a mention, an
// entity, evidence, a claim with its chain, a time, a relation, a field, a deletion. The page
// saves the document they leave (its JSON Patch); the server checks it with the loader.
import type { AttributionLink, Time } from '../../../src/model/annotation-fields.js';
import type { QuoteSelector } from '../../../src/model/selector.js';
import { NODE_TYPES, type EntityType } from '../../../src/model/node-types.js';
import type { Relation } from '../../../src/model/relations.js';
import type { Doc } from './edit-session.js';
import { orderedIndex } from './quote-for.js';
import type { SpeechAct } from '../../../src/model/speech-acts.js';
import { occursInText } from '../../../src/text/occurs-in-text.js';
import { slug } from '../../../src/text/slug.js';

type Node = Doc['nodes'][number];
type Mention = Node['mentions'][number];

/** An id not used yet in the document: the slug, else the slug with -2, -3, … */
export function freeId(doc: Doc, prefix: string, name: string): string {
  const used = new Set<string>([...doc.nodes.map((n) => n.id), ...doc.relations.map((r) => r.id)]);
  const base = `${prefix}/${slug(name)}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  return id;
}

export function findNode(doc: Doc, id: string): Node | undefined {
  return doc.nodes.find((n) => n.id === id);
}

export function addMention(doc: Doc, text: string, id: string, mention: Mention): void {
  const node = findNode(doc, id);
  if (!node) throw new Error(`${id} is not defined in this story's annotations.json`);
  node.mentions.splice(orderedIndex(text, node.mentions, mention), 0, mention);
}

export interface NewEntity {
  type: EntityType;
  label: string;
  wikidata?: string | undefined;
  mention: Mention;
  /** The article's text: a label it does not contain is kept as an outside name (the curator's). */
  text?: string | undefined;
}

export function addEntity(doc: Doc, e: NewEntity): string {
  const id = freeId(doc, NODE_TYPES[e.type].prefix, e.label);
  doc.nodes.push({
    id,
    type: e.type,
    label: e.label,
    ...(e.text !== undefined && !occursInText(e.text, e.label) ? { outsideNames: [{ name: e.label, source: "curator's label" }] } : {}),
    kb: e.wikidata ? { status: 'confirmed', wikidata: e.wikidata } : { status: 'unlinked', reason: 'Not checked yet.' },
    mentions: [e.mention],
  } as Node);
  return id;
}

/** Evidence for a node (a mention) or a relation (a quote), kept in article order. */
export function addEvidence(doc: Doc, text: string, kind: 'node' | 'edge', id: string, q: QuoteSelector): void {
  if (kind === 'node') {
    addMention(doc, text, id, q);
    return;
  }
  const rel = doc.relations.find((r) => r.id === id);
  if (!rel) throw new Error(`${id} is not a relation of this story's annotations.json`);
  rel.evidence.splice(orderedIndex(text, rel.evidence, q), 0, q);
}

export interface NewClaim {
  label: string;
  content: string;
  cue: QuoteSelector;
  quote?: QuoteSelector | undefined;
  attribution: AttributionLink[];
  factuality: Relation['factuality'];
  act: SpeechAct;
}

export function addClaim(doc: Doc, c: NewClaim): string {
  const id = freeId(doc, 'claim', c.label);
  doc.nodes.push({
    id,
    type: 'claim',
    act: c.act,
    label: c.label,
    content: c.content,
    cue: c.cue,
    ...(c.quote ? { quote: c.quote } : {}),
    attribution: c.attribution,
    mentions: [c.quote ?? c.cue],
    factuality: c.factuality,
  } as Node);
  return id;
}

export function setTime(doc: Doc, kind: 'node' | 'edge', id: string, time: Time): void {
  const el = kind === 'node' ? findNode(doc, id) : doc.relations.find((r) => r.id === id);
  if (!el) throw new Error(`${id} is not defined in this story's annotations.json`);
  if (el.type !== 'event' && el.type !== 'claim' && kind === 'node') throw new Error(`${el.type} nodes have no time: pick an event, a claim or a relation`);
  (el as { time?: Time }).time = time;
}

export interface NewRelation {
  type: Relation['type'];
  source: string;
  target: string;
  evidence: QuoteSelector;
  factuality: Relation['factuality'];
  title?: string | undefined;
  role?: string | undefined;
}

export function addRelation(doc: Doc, r: NewRelation): string {
  const tail = (id: string) => id.slice(id.indexOf('/') + 1);
  const id = freeId(doc, 'rel', `${tail(r.source)}-${r.type}-${tail(r.target)}`);
  doc.relations.push({
    id,
    type: r.type,
    source: r.source,
    target: r.target,
    evidence: [r.evidence],
    factuality: r.factuality,
    ...(r.title ? { title: r.title } : {}),
    ...(r.role ? { role: r.role } : {}),
  } as Relation);
  return id;
}

/** What needs a node: relations to or from it, claims whose chain or sources name it, conditions on it. */
export function dependents(doc: Doc, id: string): { relations: string[]; claims: string[]; others: string[] } {
  const relations = doc.relations.filter((r) => r.source === id || r.target === id).map((r) => r.id);
  const claims: string[] = [];
  const others: string[] = [];
  for (const n of doc.nodes) {
    if (n.id === id) continue;
    const a = n as { attribution?: { agents: string[] }[]; factualityBySource?: { source: string }[]; condition?: { event?: string } };
    if (a.attribution?.some((l) => l.agents.includes(id))) claims.push(n.id);
    else if (a.factualityBySource?.some((s) => s.source === id) || a.condition?.event === id) others.push(n.id);
  }
  return { relations, claims, others };
}

/** Removes a node with the relations that need it; claims whose chain names it must be changed first (the server says so). */
export function deleteElement(doc: Doc, kind: 'node' | 'edge', id: string): void {
  if (kind === 'node') {
    doc.nodes = doc.nodes.filter((n) => n.id !== id);
    doc.relations = doc.relations.filter((r) => r.source !== id && r.target !== id);
  } else {
    doc.relations = doc.relations.filter((r) => r.id !== id);
  }
}

/** The record of an element in the document, or undefined when another story defines it. */
export function recordOf(doc: Doc, kind: 'node' | 'edge', id: string): Record<string, unknown> | undefined {
  return (kind === 'node' ? findNode(doc, id) : doc.relations.find((r) => r.id === id)) as Record<string, unknown> | undefined;
}

/** Replaces an element's record in place (its position in the file stays). */
export function replaceRecord(doc: Doc, kind: 'node' | 'edge', id: string, record: Record<string, unknown>): void {
  const list = (kind === 'node' ? doc.nodes : doc.relations) as unknown as Record<string, unknown>[];
  const i = list.findIndex((x) => x.id === id);
  if (i === -1) throw new Error(`${id} is not defined in this story's annotations.json`);
  list[i] = record;
}
