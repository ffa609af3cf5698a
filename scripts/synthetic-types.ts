// The shape both synthetic generators write a node in before it is serialised: a selector with
// its offsets and a node whose other fields (attribution, time, ...) follow the model's schema.
import type { NodeType } from '../src/model/node-types.js';

export interface GeneratedSelector {
  exact: string;
  start: number;
  end: number;
}

export interface GeneratedNode {
  id: string;
  type: NodeType;
  label: string;
  mentions: GeneratedSelector[];
  [key: string]: unknown;
}
