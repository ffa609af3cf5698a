// The legend, generated from the model (NODE_TYPES, FACTUALITY, SPEECH_ACTS, VOICES with their
// descriptions) and the theme: the same shapes, colours, dash patterns and arrow heads as the
// canvas, drawn in SVG; speech acts and voices as the badges the details and claims views use.
import { FACTUALITY, FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPES, NODE_TYPE_NAMES, type NodeType } from '../../src/model/node-types.js';
import type { Factuality } from '../../src/model/index.js';
import { SPEECH_ACTS, SPEECH_ACT_VALUES } from '../../src/model/speech-acts.js';
import { VOICES, VOICE_VALUES } from '../../src/model/voices.js';
import { el, svg } from './dom.js';
import { EDGE_LOOK, NODE_LOOK, type Arrow } from './theme.js';

/** A small SVG of a node type's shape and colour. */
export function typeGlyph(type: NodeType, size = 14): SVGSVGElement {
  const { color, shape } = NODE_LOOK[type];
  const s = svg('svg', { class: 'glyph', width: size, height: size, viewBox: '-1.1 -1.1 2.2 2.2', 'aria-hidden': 'true', focusable: 'false' });
  const paint = { fill: color, stroke: '#fff', 'stroke-width': 0.08 };
  if (shape.kind === 'ellipse') s.append(svg('circle', { r: 1, ...paint }));
  else if (shape.kind === 'round-rectangle') s.append(svg('rect', { x: -1, y: -1, width: 2, height: 2, rx: 0.35, ...paint }));
  else {
    const pts: string[] = [];
    for (let i = 0; i < shape.points.length; i += 2) pts.push(`${shape.points[i]},${shape.points[i + 1]}`);
    s.append(svg('polygon', { points: pts.join(' '), ...paint }));
  }
  return s;
}

function arrowHead(arrow: Arrow, x: number, color: string, hollow: boolean): SVGElement {
  const fill = hollow ? '#fff' : color;
  const p = { fill, stroke: color, 'stroke-width': 1.4 };
  switch (arrow) {
    case 'triangle':
      return svg('polygon', { points: `${x - 9},-5 ${x},0 ${x - 9},5`, ...p });
    case 'vee':
      return svg('polygon', { points: `${x - 10},-5 ${x},0 ${x - 10},5 ${x - 6},0`, ...p });
    case 'tee':
      return svg('rect', { x: x - 3, y: -6, width: 3, height: 12, ...p });
    case 'circle-triangle':
      return svg('g', {}, svg('circle', { cx: x - 13, cy: 0, r: 3.5, ...p }), svg('polygon', { points: `${x - 9},-5 ${x},0 ${x - 9},5`, ...p }));
    case 'chevron':
      return svg('polyline', { points: `${x - 8},-6 ${x},0 ${x - 8},6`, fill: 'none', stroke: color, 'stroke-width': 2 });
    case 'diamond':
      return svg('polygon', { points: `${x - 14},0 ${x - 7},-5 ${x},0 ${x - 7},5`, ...p });
    case 'square':
      return svg('rect', { x: x - 9, y: -4.5, width: 9, height: 9, ...p });
  }
}

/** A short line drawn as the canvas draws an edge of this factuality. */
export function edgeSample(f: Factuality): SVGSVGElement {
  const l = EDGE_LOOK[f];
  const s = svg('svg', { class: 'edge-sample', width: 64, height: 16, viewBox: '0 -8 64 16', 'aria-hidden': 'true', focusable: 'false' });
  const dash = l.line === 'dotted' ? '0.1 4.5' : l.dash?.join(' ');
  s.append(
    svg('line', {
      x1: 2,
      y1: 0,
      x2: l.arrow === 'diamond' ? 48 : 54,
      y2: 0,
      stroke: l.color,
      'stroke-width': l.width,
      'stroke-linecap': 'round',
      'stroke-dasharray': dash,
    }),
  );
  if (l.cross) s.append(svg('path', { d: 'M 22 -5 L 32 5 M 22 5 L 32 -5', stroke: l.color, 'stroke-width': 1.6 }));
  s.append(arrowHead(l.arrow, 62, l.color, !!l.hollow));
  return s;
}

export function renderLegend(root: HTMLElement, presentTypes: ReadonlySet<NodeType>): void {
  const types = el('ul', { class: 'legend-list', 'aria-label': 'Node types' });
  for (const t of NODE_TYPE_NAMES) {
    types.append(
      el(
        'li',
        { class: presentTypes.has(t) ? '' : 'absent', title: NODE_TYPES[t].description },
        typeGlyph(t, 16),
        el('span', { class: 'legend-name' }, t),
        el('span', { class: 'legend-desc' }, NODE_TYPES[t].description),
      ),
    );
  }
  const facts = el('ul', { class: 'legend-list', 'aria-label': 'Factuality of relations' });
  for (const f of FACTUALITY_VALUES) {
    facts.append(
      el('li', { title: FACTUALITY[f] }, edgeSample(f), el('span', { class: 'legend-name' }, f), el('span', { class: 'legend-desc' }, FACTUALITY[f])),
    );
  }
  const acts = el('ul', { class: 'legend-list', 'aria-label': 'Speech acts of claims' });
  for (const a of SPEECH_ACT_VALUES) {
    acts.append(el('li', { title: SPEECH_ACTS[a] }, el('span', { class: `badge act act-${a}` }, a), el('span', { class: 'legend-desc' }, SPEECH_ACTS[a])));
  }
  const voices = el('ul', { class: 'legend-list', 'aria-label': "Narrator's voice" });
  for (const v of VOICE_VALUES) {
    voices.append(el('li', { title: VOICES[v] }, el('span', { class: `badge voice voice-${v}` }, v), el('span', { class: 'legend-desc' }, VOICES[v])));
  }
  root.append(
    el('h3', {}, 'Node types'),
    types,
    el('h3', {}, 'Relations by factuality'),
    facts,
    el('h3', {}, 'Speech acts (claims)'),
    acts,
    el('h3', {}, "Narrator's voice"),
    voices,
  );
}
