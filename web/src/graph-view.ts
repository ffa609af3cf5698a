// The canvas: cytoscape with the stored layout (preset positions, no layout run), its appearance
// derived from the state through classes (selection, filters, focus, the path shown). Taps become
// selections and a double tap expands or collapses a node of the focus; nothing else changes state.
import cytoscape from 'cytoscape';
import { markOtherStories } from './story-fade.js';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { displayLabel, nodeSize } from '../../src/graph/label-box.js';
import { graphStyle } from './graph-style.js';
import { pathElements } from './path-steps.js';
import type { Selection, State } from './state.js';
import { focusSet } from './views/focus-set.js';
import { edgeVisible, isDraft, nodeVisible } from './visibility.js';

/** Room left around a fitted drawing, in px (labels included in what is fitted). */
const FIT_PADDING = 16;
/** Up to this many elements a selection fades everything else; beyond, it only marks its neighbourhood. */
const FADE_LIMIT = 800;
/** Below this zoom a large graph's edges are drawn plain (see the level of detail below). */
const LOD_ZOOM = 0.45;

export type LayoutName = 'force' | 'layered';
export type Positions = Map<string, { x: number; y: number }>;

export interface GraphView {
  cy: cytoscape.Core;
  render(state: State, previous: State | null): void;
  /** Moves the nodes to a stored layout (computed at build time) and fits them. */
  setLayout(name: LayoutName): void;
  fit(): void;
  /** Fits the nodes of a story (those with evidence in it). */
  fitStory(story: string): void;
  /** After the graph changed in place (an edit saved): the canvas takes its nodes and edges, keeping the view. */
  sync(next: Record<LayoutName, Positions | null>): void;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
}

function elements(graph: StoryGraph, positions: Positions): cytoscape.ElementDefinition[] {
  const out: cytoscape.ElementDefinition[] = [];
  graph.forEachNode((id, a) => {
    out.push({
      group: 'nodes',
      data: { id, type: a.type, display: displayLabel(a.label), size: nodeSize(a.type) },
      ...(isDraft(a) ? { classes: 'draft' } : {}),
      position: { ...(positions.get(id) ?? { x: 0, y: 0 }) },
    });
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push({ group: 'edges', data: { id: key, source, target, type: a.type, factuality: a.factuality }, ...(isDraft(a) ? { classes: 'draft' } : {}) });
  });
  return out;
}

/** Fits the view to `eles` when part of them is out of sight, never zooming in past 1.5. */
function bringIntoView(cy: cytoscape.Core, eles: cytoscape.Collection): void {
  if (eles.empty()) return;
  const bb = eles.boundingBox();
  const ext = cy.extent();
  if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
  cy.fit(eles, 40);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center(eles);
  }
}

export function createGraphView(
  container: HTMLElement,
  graph: StoryGraph,
  firstLayouts: Record<LayoutName, Positions | null>,
  first: LayoutName,
  onSelect: (s: Selection | null) => void,
  onToggleExpand: (id: string) => void = () => {},
): GraphView {
  let layouts = firstLayouts;
  const start = layouts[first] ?? layouts.force;
  const cy = cytoscape({
    container,
    elements: elements(graph, start ?? new Map()),
    style: graphStyle(),
    layout: { name: 'preset', fit: false },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    autounselectify: true,
    autoungrabify: true, // positions are the stored layout; no dragging (and no drag layer to redraw)
  });
  // cytoscape follows window resizes, not its container's (a toolbar wrapping, a panel opening).
  let resizeHook = () => {};
  new ResizeObserver(() => {
    cy.resize();
    resizeHook();
  }).observe(container);
  cy.on('tap', 'node', (e) => onSelect({ kind: 'node', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => onSelect({ kind: 'edge', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) onSelect(null);
  });
  cy.on('dbltap', 'node', (e) => onToggleExpand(e.target.id()));
  // The canvas shows labels cut short; the full label shows as the container's tooltip.
  cy.on('mouseover', 'node', (e) => {
    container.title = graph.getNodeAttribute(e.target.id(), 'label');
  });
  cy.on('mouseout', 'node', () => {
    container.removeAttribute('title');
  });

  // The first view, a story switch and Fit show the nodes whole, labels included (cytoscape's
  // bounding boxes hold them). While the reader has not moved the view since, a change of the
  // canvas's size (a panel opened, the window resized) fits again.
  let fitted: cytoscape.Collection | null = null;
  let fitting = false;
  function fitTo(eles: cytoscape.Collection): void {
    if (eles.empty()) return;
    fitting = true;
    cy.fit(eles, FIT_PADDING);
    fitting = false;
    fitted = eles;
  }
  cy.on('viewport', () => {
    if (!fitting) fitted = null;
  });
  resizeHook = () => {
    if (fitted) fitTo(fitted.filter((e) => e.inside() && e.visible()));
  };
  fitTo(cy.elements(':visible'));
  container.dataset.layout = layouts[first] ? first : 'force';
  /** The nodes of a story (those with evidence in it), as drawn now. */
  const storyNodes = (story: string) => cy.nodes(':visible').filter((n) => graph.getNodeAttribute(n.id(), 'stories')?.includes(story) ?? false);

  // Level of detail: a large graph seen whole draws its edges plain (dash patterns and arrow heads
  // are sub-pixel at that zoom and cost most of a frame); zooming in brings them back.
  if (cy.elements().length > FADE_LIMIT) {
    let plain: boolean | undefined;
    const lod = () => {
      const want = cy.zoom() < LOD_ZOOM;
      if (want !== plain) cy.batch(() => cy.edges().toggleClass('lod', (plain = want)));
    };
    lod();
    cy.on('zoom', lod);
  }

  /** Elements a focus that hides the rest took off the canvas (see applyFocus). */
  let removed = cy.collection();

  function applyFilters(state: State): void {
    const f = state.filters;
    const all = [cy.elements(), removed];
    for (const c of all)
      c.nodes().forEach((n) => {
        n.toggleClass('filtered', !nodeVisible(graph.getNodeAttributes(n.id()), f));
      });
    for (const c of all)
      c.edges().forEach((e) => {
        const key = e.id();
        const ok = edgeVisible(graph.getEdgeAttributes(key), graph.getNodeAttributes(graph.source(key)), graph.getNodeAttributes(graph.target(key)), f);
        e.toggleClass('filtered', !ok);
      });
  }

  function applySelection(sel: Selection | null): void {
    cy.elements('.selected-el, .near, .faded, .labelled').removeClass('selected-el near faded labelled');
    if (!sel) return;
    const ele = cy.getElementById(sel.id);
    if (ele.empty()) return;
    ele.addClass('selected-el');
    const near = sel.kind === 'node' ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    near.addClass('near');
    // Edge labels and fading the rest restyle many elements: worth it while the graph is small.
    if (cy.elements().length <= FADE_LIMIT) {
      near.edges().addClass('labelled');
      cy.elements().difference(near).addClass('faded');
    }
    const bb = ele.boundingBox();
    const ext = cy.extent();
    if (bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2) cy.center(ele);
  }

  /**
   * The focus: the rest faded (.unfocused) or hidden (.focus-hidden). Only elements whose class
   * changes are touched: restyling is what a focus change costs on a large graph.
   */
  function applyFocus(state: State, moved: boolean): void {
    const f = state.focus && graph.hasNode(state.focus.id) ? state.focus : null;
    const shown = f ? focusSet(graph, f) : null;
    const kept = cy.collection();
    const hideRest = f?.hide ?? false;
    // The path on show stays on the canvas whatever the focus.
    const path = state.view === 'path' ? pathElements(graph, state.path) : null;
    const onPath = new Set(path ? [...path.nodes, ...path.edges] : []);
    const inside = (e: cytoscape.SingularElementArgument) =>
      !shown || onPath.has(e.id()) || (e.group() === 'nodes' ? shown.nodes.has(e.id()) : shown.edges.has(e.id()));
    // Hiding takes the rest off the canvas: removing ~2,000 elements costs ~20 ms where restyling
    // them costs ~200. What the new focus shows comes back first (nodes before their edges).
    const back = removed.filter((e) => !hideRest || inside(e));
    if (back.nonempty()) {
      back.nodes().restore();
      const edges = back.edges().filter((e) => cy.hasElementWithId(e.data('source') as string) && cy.hasElementWithId(e.data('target') as string));
      edges.restore();
      removed = removed.difference(back.nodes()).difference(edges);
    }
    const out = cy.collection();
    cy.elements().forEach((e) => {
      const ok = inside(e);
      if (ok) kept.merge(e);
      else if (hideRest) out.merge(e);
      const fade = !ok && !hideRest;
      if (e.hasClass('unfocused') !== fade) e.toggleClass('unfocused', fade);
      if (e.hasClass('focus-hidden')) e.removeClass('focus-hidden');
    });
    if (out.nonempty()) removed = removed.union(cy.remove(out));
    cy.elements('.focus-centre').removeClass('focus-centre');
    if (f) cy.getElementById(f.id).addClass('focus-centre');
    if (moved && f) bringIntoView(cy, kept.filter(':visible'));
  }

  /** The path shown in the path view: its nodes and edges marked, the rest dimmed. */
  function applyPath(state: State, moved: boolean): void {
    cy.elements('.on-path, .off-path, .path-end').removeClass('on-path off-path path-end');
    const p = state.view === 'path' ? pathElements(graph, state.path) : null;
    if (!p) return;
    // Bring back any of it a hiding focus took off the canvas (nodes before their edges).
    const ids = new Set([...p.nodes, ...p.edges]);
    const back = removed.filter((e) => ids.has(e.id()));
    if (back.nonempty()) {
      back.nodes().restore();
      back.edges().restore();
      removed = removed.difference(back);
    }
    const on = cy.collection();
    for (const id of ids) on.merge(cy.getElementById(id));
    on.addClass('on-path');
    cy.getElementById(p.nodes[0]!).addClass('path-end');
    cy.getElementById(p.nodes[p.nodes.length - 1]!).addClass('path-end');
    // Dimming the rest restyles every element: worth it while the graph is small (as for a selection).
    if (cy.elements().length <= FADE_LIMIT) cy.elements().difference(on).addClass('off-path');
    if (moved) bringIntoView(cy, on);
  }

  return {
    cy,
    render(state, previous) {
      cy.batch(() => {
        const filtersChanged = !previous || previous.filters !== state.filters;
        if (filtersChanged) applyFilters(state);
        if (!previous || previous.selection !== state.selection || filtersChanged) applySelection(state.selection);
        if (!previous || previous.focus !== state.focus) {
          const moved =
            !previous || previous.focus?.id !== state.focus?.id || previous.focus?.depth !== state.focus?.depth || previous.focus?.hide !== state.focus?.hide;
          applyFocus(state, moved && !!state.focus);
        }
        if (!previous || previous.path !== state.path || previous.view !== state.view) applyPath(state, true);
        if (!previous || previous.story !== state.story) markOtherStories(graph, cy.elements().union(removed), state.story);
        if (previous && previous.story !== state.story && graph.getAttribute('stories').length > 1) fitTo(storyNodes(state.story));
      });
    },
    setLayout(name) {
      const p = layouts[name];
      if (!p) return;
      // Nodes a hiding focus took off the canvas move too, so they come back in place.
      cy.batch(() => {
        for (const c of [cy.nodes(), removed.nodes()])
          c.forEach((n) => {
            const q = p.get(n.id());
            if (q) n.position({ ...q });
          });
      });
      fitTo(cy.elements(':visible'));
      container.dataset.layout = name;
    },
    fit: () => fitTo(cy.elements(':visible')),
    fitStory: (story) => fitTo(storyNodes(story)),
    sync(next) {
      layouts = next;
      const name = container.dataset.layout === 'layered' && next.layered ? 'layered' : 'force';
      const want = new Map(elements(graph, next[name] ?? new Map()).map((d) => [d.data.id!, d]));
      cy.batch(() => {
        // What a hiding focus took off comes back first; the render that follows applies the focus again.
        removed.nodes().restore();
        removed
          .edges()
          .filter((e) => cy.hasElementWithId(e.data('source') as string) && cy.hasElementWithId(e.data('target') as string))
          .restore();
        removed = cy.collection();
        cy.elements().forEach((e) => {
          const d = want.get(e.id());
          if (!d || (e.isEdge() && (e.data('source') !== d.data.source || e.data('target') !== d.data.target))) cy.remove(e);
        });
        for (const d of [...want.values()].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1))) {
          const e = cy.getElementById(d.data.id!);
          if (e.empty()) cy.add(d);
          else {
            e.data(d.data);
            e.toggleClass('draft', d.classes === 'draft');
          }
        }
      });
    },
    zoomBy: (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
  };
}
