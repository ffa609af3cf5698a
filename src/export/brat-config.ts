// brat's collection configuration, derived from the model's tables: annotation.conf declares the
// span types (node types and evidence roles), the relation types with the node types allowed at
// each end, and the Factuality attribute; visual.conf gives labels and colours.
import type { NodeType, RelationType } from '../model/index.js';
import { typeLabel } from './names.js';

/** brat span types for evidence that is not an entity's mention, by role. */
export const ROLE_TYPES: Record<string, string> = {
  evidence: 'Evidence',
  cue: 'Cue',
  quote: 'Quote',
  attribution: 'Attribution',
  time: 'Time',
  condition: 'Condition',
};

/** Every node type has its colour: a new type fails to compile until it gets one. */
const COLOURS: Record<NodeType, string> = {
  person: '#ffccaa',
  organization: '#8fb2ff',
  country: '#7fe2ff',
  city: '#a4def2',
  region: '#b4e0c8',
  place: '#cfe7a0',
  equipment: '#e0c8ff',
  event: '#ffe066',
  claim: '#ff9f9f',
  document: '#d9c7a7',
  article: '#e0e0e0',
};

export function bratConfigs(
  nodeTypes: readonly NodeType[],
  relationTypes: readonly RelationType[],
  relations: Record<RelationType, { source: readonly NodeType[]; target: readonly NodeType[]; description: string }>,
  factuality: readonly string[],
): Record<string, string> {
  const roles = [...new Set(Object.values(ROLE_TYPES))];
  const annotation = [
    '# storygraph: span types are node types and evidence roles; relation types and their ends come from src/model.',
    '[entities]',
    ...nodeTypes.map(typeLabel),
    ...roles,
    '',
    '[relations]',
    ...relationTypes.map((r) => `${r}\tArg1:${relations[r].source.map(typeLabel).join('|')}, Arg2:${relations[r].target.map(typeLabel).join('|')}`),
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `Factuality\tArg:<ENTITY>, Value:${factuality.join('|')}`,
    '',
  ].join('\n');
  const visual = [
    '[labels]',
    ...nodeTypes.map((t) => `${typeLabel(t)} | ${typeLabel(t)}`),
    ...roles.map((r) => `${r} | ${r}`),
    ...relationTypes.map((r) => `${r} | ${r.replace(/_/g, ' ')}`),
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...nodeTypes.map((t) => `${typeLabel(t)}\tbgColor:${COLOURS[t]}`),
    ...roles.map((r) => `${r}\tbgColor:#f0f0f0`),
    `Factuality\tglyph:${factuality.map((f) => `(${f})`).join('|')}`,
    '',
  ].join('\n');
  return { 'annotation.conf': annotation, 'visual.conf': visual };
}
