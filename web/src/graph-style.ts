// The canvas's stylesheet, derived from the theme tables: node colour and shape by type, line
// and arrow by factuality, and classes for selection, fading and filtering (style is data).
import type cytoscape from 'cytoscape';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { LABEL_FONT_PX, LABEL_MAX_WIDTH } from '../../src/graph/label-box.js';
import { DRAFT_LOOK, EDGE_LOOK, NODE_LOOK } from './theme.js';

type Rule = { selector: string; style: Record<string, unknown> };

/** The UI's sans stack (styles.css --sans), CJK faces named for every platform (Chinese names such as 吳謙). */
export const UI_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK TC", "Noto Sans CJK SC", "Source Han Sans TC", "PingFang TC", "Hiragino Sans", "Microsoft JhengHei", "Microsoft YaHei", sans-serif';

function nodeRules(): Rule[] {
  return NODE_TYPE_NAMES.map((t) => {
    const { color, shape } = NODE_LOOK[t];
    const shapeStyle = shape.kind === 'polygon' ? { shape: 'polygon', 'shape-polygon-points': shape.points.join(' ') } : { shape: shape.kind };
    return { selector: `node[type = "${t}"]`, style: { 'background-color': color, ...shapeStyle } };
  });
}

function edgeRules(): Rule[] {
  return FACTUALITY_VALUES.map((f) => {
    const l = EDGE_LOOK[f];
    return {
      selector: `edge[factuality = "${f}"]`,
      style: {
        'line-color': l.color,
        'target-arrow-color': l.color,
        'mid-target-arrow-color': l.color,
        'line-style': l.line,
        ...(l.dash ? { 'line-dash-pattern': l.dash } : {}),
        'target-arrow-shape': l.arrow,
        'target-arrow-fill': l.hollow ? 'hollow' : 'filled',
        'mid-target-arrow-shape': l.cross ? 'triangle-cross' : 'none',
        width: l.width,
      },
    };
  });
}

export function graphStyle(): cytoscape.StylesheetJson {
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 'data(size)',
        height: 'data(size)',
        'font-size': LABEL_FONT_PX,
        'font-family': UI_FONT,
        color: '#1d232a',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 6,
      },
    },
    ...nodeRules(),
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        'font-size': 9,
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'line-cap': 'round',
      },
    },
    ...edgeRules(),
    { selector: 'edge.lod', style: { 'line-style': 'solid', 'target-arrow-shape': 'none', 'mid-target-arrow-shape': 'none' } },
    { selector: 'edge.labelled', style: { label: 'data(type)' } },
    { selector: 'node.selected-el', style: { 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold', 'z-index': 20 } },
    { selector: 'edge.selected-el', style: { width: 4.5, 'z-index': 20, label: 'data(type)', 'font-weight': 'bold' } },
    { selector: 'node.near', style: { 'z-index': 10 } },
    { selector: '.other-story', style: { opacity: 0.22 } },
    { selector: '.faded', style: { opacity: 0.35 } },
    { selector: '.unfocused', style: { opacity: 0.12 } },
    { selector: 'node.focus-centre', style: { 'border-width': 3, 'border-color': '#0b57d0', 'border-style': 'double' } },
    { selector: '.off-path', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 3, 'border-color': '#e8590c', 'z-index': 30, 'font-weight': 'bold' } },
    { selector: 'node.path-end', style: { 'border-width': 5 } },
    {
      selector: 'edge.on-path',
      style: { width: 5, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', 'z-index': 30, label: 'data(type)', 'font-weight': 'bold' },
    },
    { selector: '.on-path', style: { opacity: 1 } },
    // Drafted, not yet reviewed (storygraph add): a dashed amber outline; a link keeps its
    // factuality's line (dotted is planned, dashed reported) and gets an amber halo instead.
    { selector: 'node.draft', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': DRAFT_LOOK.border } },
    { selector: 'edge.draft', style: { 'underlay-color': DRAFT_LOOK.halo, 'underlay-opacity': DRAFT_LOOK.haloOpacity, 'underlay-padding': 4 } },
    { selector: '.filtered, .focus-hidden', style: { display: 'none' } },
    // The press feedback is a grey overlay redrawn on every mouse down: selection shows it instead.
    { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0 } },
  ];
  return rules;
}
