// The explorer's layout, computed once at build time (cytoscape headless + fcose) and stored with
// the graph data, so the browser's first paint runs no layout. Deterministic: fcose draws random
// numbers, so Math.random is replaced by a seeded generator for the (synchronous) run.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { StoryGraph } from '../graph/build-graph.js';
import { labelBox } from '../graph/label-box.js';
import { fitAspect, limitDensity, removeOverlaps, type Box } from './remove-overlaps.js';
import { seededRandom } from '../graph/seeded-random.js';

/** Boxes may cover this share of the drawing before overlaps are pushed apart (helps convergence). */
const MAX_DENSITY = 0.3;
const LARGE = 300;

cytoscape.use(fcose);

export interface Position {
  x: number;
  y: number;
}

function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

export interface LayoutTuning {
  idealEdgeLength: number;
  nodeRepulsion: number;
  gravity: number;
  edgeElasticity: number;
  aspect: number;
}
/** Compact on purpose (labels stay readable when the graph fits the canvas); overlaps are removed after. */
const TUNING: LayoutTuning = { idealEdgeLength: 40, nodeRepulsion: 2000, gravity: 0.4, edgeElasticity: 0.45, aspect: 0.9 };

/** Positions for every node, keyed by id, rounded to whole pixels (stable bytes). */
export function computeLayout(graph: StoryGraph, seed = 20201029, tuning: Partial<LayoutTuning> = {}): Record<string, Position> {
  const t = { ...TUNING, ...tuning };
  const ids = graph.nodes().sort();
  const elements: cytoscape.ElementDefinition[] = ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    const box = labelBox(a.label, a.type);
    return { group: 'nodes', data: { id, w: box.width, h: box.height, dy: box.dy } };
  });
  const seen = new Set<string>();
  for (const key of graph.edges().sort()) {
    const [from, to] = graph.extremities(key);
    const pair = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
    if (seen.has(pair)) continue; // parallel edges add nothing to the layout
    seen.add(pair);
    elements.push({ group: 'edges', data: { id: `e${seen.size}`, source: from, target: to } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', label: '' } }],
  });
  const count = ids.length;
  // Large graphs: fcose's spectral phase only and a bounded overlap pass, so a build stays in seconds
  // (their labels are too small to read at a zoom that fits them anyway).
  const large = count > LARGE;
  withSeededRandom(seed, () => {
    cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'proof',
      randomize: true,
      animate: false,
      fit: false,
      nodeDimensionsIncludeLabels: false,
      uniformNodeDimensions: false,
      packComponents: true,
      nodeRepulsion: () => t.nodeRepulsion,
      idealEdgeLength: () => t.idealEdgeLength,
      edgeElasticity: () => t.edgeElasticity,
      gravity: t.gravity,
      numIter: 2500,
      nodeSeparation: 40,
    } as cytoscape.LayoutOptions).run();
  });
  const boxes: Box[] = ids.map((id) => {
    const n = cy.getElementById(id);
    return { ...n.position(), w: Number(n.data('w')), h: Number(n.data('h')) };
  });
  cy.destroy();
  fitAspect(boxes, t.aspect);
  if (large) limitDensity(boxes, MAX_DENSITY);
  removeOverlaps(boxes, 6, large ? 60 : 500);
  const out: Record<string, Position> = {};
  ids.forEach((id, i) => {
    const b = boxes[i]!;
    out[id] = { x: Math.round(b.x), y: Math.round(b.y - labelBox(graph.getNodeAttribute(id, 'label'), graph.getNodeAttribute(id, 'type')).dy) };
  });
  return out;
}
