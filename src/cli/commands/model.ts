// storygraph model [--json]: the model's vocabularies (node types, relation types with the types
// allowed at each end, factuality values), printed from the tables the validator uses.
import { FACTUALITY, FACTUALITY_VALUES } from '../../model/factuality.js';
import { NODE_TYPES, NODE_TYPE_NAMES } from '../../model/node-types.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, DERIVED_RELATION_TYPES } from '../../model/relation-types.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = () => {
  const nodes = NODE_TYPE_NAMES.map((t) => ({ type: t, 'id prefix': `${NODE_TYPES[t].prefix}/`, description: NODE_TYPES[t].description }));
  const relations = RELATION_TYPE_NAMES.map((t) => ({
    type: t, source: RELATION_TYPES[t].source.join('|'), target: RELATION_TYPES[t].target.join('|'),
    derived: DERIVED_RELATION_TYPES.includes(t), description: RELATION_TYPES[t].description,
  }));
  const factuality = FACTUALITY_VALUES.map((v) => ({ value: v, description: FACTUALITY[v] }));
  const wide = (rows: Record<string, unknown>[]) => table(rows, undefined, 200);
  return {
    data: { nodeTypes: nodes, relationTypes: relations, factuality },
    text: () => `Node types\n\n${wide(nodes)}\nRelation types\n\n${wide(relations)}\nFactuality\n\n${wide(factuality)}`,
  };
};
