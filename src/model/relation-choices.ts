// The curatable (not derived) relation types whose two ends can be drawn from the given node
// types, read from the model's table: what generated stories may connect.
import type { NodeType } from './node-types.js';
import { DERIVED_RELATION_TYPES, RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from './relation-types.js';

export interface RelationChoice {
  type: RelationType;
  source: NodeType;
  target: NodeType;
}

export function relationChoices(types: readonly NodeType[]): RelationChoice[] {
  return RELATION_TYPE_NAMES.filter((t) => !DERIVED_RELATION_TYPES.includes(t)).flatMap((type) =>
    (RELATION_TYPES[type].source as readonly NodeType[])
      .filter((s) => types.includes(s))
      .flatMap((source) => (RELATION_TYPES[type].target as readonly NodeType[]).filter((t) => types.includes(t)).map((target) => ({ type, source, target }))),
  );
}
