// storygraph model [--json]: the model's vocabularies (node types, relation types with the types
// allowed at each end, factuality values, speech acts, narrator's voices), printed from the tables the validator uses.
import { FACTUALITY, FACTUALITY_VALUES } from '../../model/factuality.js';
import { NODE_TYPES, NODE_TYPE_NAMES } from '../../model/node-types.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, DERIVED_RELATION_TYPES } from '../../model/relation-types.js';
import { SPEECH_ACTS, SPEECH_ACT_VALUES } from '../../model/speech-acts.js';
import { VOICES, VOICE_VALUES } from '../../model/voices.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = () => {
  const nodes = NODE_TYPE_NAMES.map((t) => ({ type: t, 'id prefix': `${NODE_TYPES[t].prefix}/`, description: NODE_TYPES[t].description }));
  const relations = RELATION_TYPE_NAMES.map((t) => ({
    type: t,
    source: RELATION_TYPES[t].source.join('|'),
    target: RELATION_TYPES[t].target.join('|'),
    derived: DERIVED_RELATION_TYPES.includes(t),
    description: RELATION_TYPES[t].description,
  }));
  const factuality = FACTUALITY_VALUES.map((v) => ({ value: v, description: FACTUALITY[v] }));
  const acts = SPEECH_ACT_VALUES.map((v) => ({ act: v, description: SPEECH_ACTS[v] }));
  const voices = VOICE_VALUES.map((v) => ({ voice: v, description: VOICES[v] }));
  const wide = (rows: Record<string, unknown>[]) => table(rows, undefined, 200);
  return {
    data: { nodeTypes: nodes, relationTypes: relations, factuality, speechActs: acts, voices },
    text: () =>
      `Node types\n\n${wide(nodes)}\nRelation types\n\n${wide(relations)}\nFactuality\n\n${wide(factuality)}\nSpeech acts (claims)\n\n${wide(acts)}\nNarrator's voice\n\n${wide(voices)}`,
  };
};
