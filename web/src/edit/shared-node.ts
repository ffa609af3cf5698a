// An entity another story defines, written into this story's annotations.json too, so a mention or
// relation here can name it (the graph merges nodes by id). Only entities are shared this way.
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { ENTITY_TYPES } from '../../../src/model/node-types.js';
import type { Doc } from './edit-session.js';

/** A node another story defines, written into this story too (the graph merges them by id). */
export function copyNodeInto(graph: StoryGraph, doc: Doc, id: string): void {
  if (!graph.hasNode(id)) throw new Error(`${id} is not a node of the graph`);
  const a = graph.getNodeAttributes(id);
  if (!(ENTITY_TYPES as readonly string[]).includes(a.type)) throw new Error(`${id} is defined in another story; only entities are shared between stories`);
  doc.nodes.push({
    id,
    type: a.type,
    label: a.label,
    kb: a.kb ?? { status: 'unlinked', reason: 'Not checked yet.' },
    mentions: [],
  } as unknown as Doc['nodes'][number]);
}
