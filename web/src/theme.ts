// How the model looks: a colour and a shape per node type, a line and an arrow per factuality.
// Factuality is never told by colour alone: each value has its own dash pattern and arrow head.
// The graph's stylesheet and the legend both read these tables.
import type { Factuality, NodeType } from '../../src/model/index.js';

/** Polygon points in [-1, 1]² (cytoscape's `shape-polygon-points`; the legend draws the same). */
export type Shape = { kind: 'ellipse' } | { kind: 'round-rectangle' } | { kind: 'polygon'; points: number[] };

const poly = (...points: number[]): Shape => ({ kind: 'polygon', points });
const ngon = (n: number, rotate = -Math.PI / 2): Shape =>
  poly(
    ...Array.from({ length: n }, (_, i) => {
      const a = rotate + (2 * Math.PI * i) / n;
      return [Math.round(Math.cos(a) * 100) / 100, Math.round(Math.sin(a) * 100) / 100];
    }).flat(),
  );

export interface NodeLook {
  color: string;
  shape: Shape;
}

export const NODE_LOOK: Record<NodeType, NodeLook> = {
  person: { color: '#2f6db5', shape: { kind: 'ellipse' } },
  organization: { color: '#e07b00', shape: { kind: 'round-rectangle' } },
  country: { color: '#2e8b3e', shape: ngon(6, 0) },
  city: { color: '#138a9e', shape: poly(0, -1, 1, 0, 0, 1, -1, 0) },
  region: { color: '#8a8a1d', shape: ngon(5) },
  place: { color: '#8c5a3c', shape: poly(0, -1, 1, 0.85, -1, 0.85) },
  equipment: { color: '#5b5fc7', shape: poly(-0.6, -0.8, 1, -0.8, 0.6, 0.8, -1, 0.8) },
  event: { color: '#8e44ad', shape: ngon(8, Math.PI / 8) },
  claim: { color: '#c2477f', shape: poly(-1, -0.7, 0.45, -0.7, 1, 0, 0.45, 0.7, -1, 0.7) },
  // A sheet with its lower corner folded: a report, statement, wire story or photo the text names.
  document: { color: '#7d6608', shape: poly(-0.75, -1, 0.75, -1, 0.75, 0.45, 0.2, 1, -0.75, 1) },
  article: { color: '#3d4650', shape: poly(-0.8, -1, 0.4, -1, 0.8, -0.6, 0.8, 1, -0.8, 1) },
};

export type Arrow = 'triangle' | 'vee' | 'tee' | 'circle-triangle' | 'chevron' | 'diamond' | 'square';

export interface EdgeLook {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Dash pattern for dashed lines, in px. */
  dash?: number[];
  arrow: Arrow;
  hollow?: boolean;
  /** A cross in the middle of the line (denied). */
  cross?: boolean;
  width: number;
}

export const EDGE_LOOK: Record<Factuality, EdgeLook> = {
  asserted: { color: '#4a5560', line: 'solid', arrow: 'triangle', width: 1.8 },
  reported: { color: '#2f6db5', line: 'dashed', dash: [7, 4], arrow: 'vee', width: 1.8 },
  denied: { color: '#c0392b', line: 'solid', arrow: 'tee', cross: true, width: 2.2 },
  possible: { color: '#9a6a00', line: 'dashed', dash: [9, 3, 2, 3], arrow: 'circle-triangle', width: 1.8 },
  planned: { color: '#2e8b3e', line: 'dotted', arrow: 'chevron', width: 2.2 },
  hypothetical: { color: '#7a4fa0', line: 'dotted', arrow: 'diamond', hollow: true, width: 2.2 },
  unknown: { color: '#8a8f96', line: 'dashed', dash: [2, 3, 2, 8], arrow: 'square', hollow: true, width: 1.8 },
};

/** Drafts awaiting review: a node's dashed outline, a link's halo (its line stays its factuality's). */
export const DRAFT_LOOK = { border: '#8a5a00', halo: '#f0a800', haloOpacity: 0.45 } as const;
