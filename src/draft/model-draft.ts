// The drafter's in-memory result before it is written as annotations.json: entities with their
// mentions, events, claims and relations, each with its origin and confidence, spans in UTF-16.
import type { EntityType } from '../model/node-types.js';
import type { KbLink } from '../model/annotation-fields.js';
import type { DraftOrigin } from '../model/draft.js';
import type { MENTION_KINDS } from '../model/selector.js';
import type { Span } from './spans.js';

export type MentionKind = (typeof MENTION_KINDS)[number];
export interface DMention extends Span {
  kind: MentionKind;
  origin: DraftOrigin;
  confidence: number;
  note?: string;
}
export interface DEntity {
  id: string;
  type: EntityType;
  label: string;
  aliases: Set<string>;
  kb?: KbLink | undefined;
  origin: DraftOrigin;
  confidence: number;
  mentions: DMention[];
}
export interface DTime {
  edtf: string;
  expression: string;
  span: Span;
  confidence: number;
}
export interface DRelation {
  type: string;
  source: string;
  target: string;
  evidence: Span[];
  origin: DraftOrigin;
  confidence: number;
  factuality: 'asserted' | 'reported' | 'planned' | 'denied' | 'possible' | 'unknown';
  title?: string;
  role?: string;
  time?: DTime;
}

export class DraftSet {
  readonly entities = new Map<string, DEntity>();
  readonly relations: DRelation[] = [];

  entity(id: string, type: EntityType, label: string, origin: DraftOrigin, confidence: number, kb?: KbLink): DEntity {
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, label, aliases: new Set(), kb, origin, confidence, mentions: [] };
      this.entities.set(id, e);
    }
    return e;
  }

  /** Adds a mention unless the entity already has one at that span. */
  mention(e: DEntity, m: DMention): void {
    if (!e.mentions.some((x) => x.start === m.start && x.end === m.end)) e.mentions.push(m);
  }

  relation(r: DRelation): void {
    if (!this.relations.some((x) => x.type === r.type && x.source === r.source && x.target === r.target)) this.relations.push(r);
  }

  /** Every mention span, for rules that must not draft inside what is already found. */
  taken(): Span[] {
    return [...this.entities.values()].flatMap((e) => e.mentions);
  }
}
