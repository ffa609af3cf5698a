// W3C Web Annotations (JSON-LD, http://www.w3.org/ns/anno.jsonld): one annotation per evidence
// span, so annotation tools (Hypothesis-style viewers, INCEpTION, Recogito) can show where the
// text supports each node and relation. The target is the story (its URL, else its IRI) with a
// TextQuoteSelector and a TextPositionSelector (code points, end-exclusive); the body names the
// element supported (identifying for an entity's mention, describing otherwise), tags it with its
// type, classifies it by factuality and says what the span is (cue, quote, time...).
import type { StoryGraph } from '../graph/build-graph.js';
import { CodePointText } from '../text/code-points.js';
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { elementIri, storyIri } from './element-iri.js';
import { evidenceItems, type EvidenceItem } from './evidence-items.js';
import type { Exporter } from './exporter.js';

/** Code points of context kept before and after a quote. */
const CONTEXT = 32;

function elementLabel(graph: StoryGraph, item: EvidenceItem): string {
  if (item.scope === 'node') return graph.getNodeAttribute(item.element, 'label');
  const label = (n: string) => graph.getNodeAttribute(n, 'label');
  return `${label(graph.source(item.element))} ${item.type} ${label(graph.target(item.element))}`;
}

function roleText(graph: StoryGraph, item: EvidenceItem): string | undefined {
  if (item.role === 'mention' || item.role === 'evidence') return undefined;
  const attrs = item.scope === 'node' ? graph.getNodeAttributes(item.element) : graph.getEdgeAttributes(item.element);
  if (item.role === 'attribution') {
    const link = attrs.attribution?.[Number(item.path.split('/')[1])];
    return link ? `attribution: ${link.role} ${link.agents.join(' & ')}${link.explicit ? '' : ' (implied)'}` : 'attribution';
  }
  if (item.role === 'time' && attrs.time) return `time: ${attrs.time.edtf} (${attrs.time.expression})`;
  if (item.role === 'condition' && attrs.condition) return `condition: ${attrs.condition.text}`;
  return item.role;
}

export interface AnnotationOptions {
  /** The base of every IRI (the RDF exports' base). */
  base: string;
  /** Only the evidence of these nodes and relations (ids or keys), in a collection of their own. */
  elements?: readonly string[];
}

/** The Web Annotation collection as an object: the whole graph's evidence, or some elements'. */
export function webAnnotationCollection(graph: StoryGraph, { base, elements }: AnnotationOptions) {
  const only = elements ? new Set(elements) : undefined;
  const stories = new Map(graph.getAttribute('stories').map((s) => [s.id, { story: s, doc: new CodePointText(s.text) }]));
  const items = evidenceItems(graph)
    .filter((item) => !only || only.has(item.element))
    .map((item) => {
      const { story, doc } = stories.get(item.evidence.story)!;
      const { start, end, exact } = item.evidence;
      const prefix = doc.slice(Math.max(0, start - CONTEXT), start);
      const suffix = doc.slice(end, Math.min(doc.length, end + CONTEXT));
      const attrs = item.scope === 'node' ? graph.getNodeAttributes(item.element) : graph.getEdgeAttributes(item.element);
      const purpose = item.role === 'mention' ? 'identifying' : 'describing';
      const role = roleText(graph, item);
      return {
        id: `${elementIri(item.element, base)}/${item.path}`,
        type: 'Annotation',
        motivation: purpose,
        body: [
          { type: 'SpecificResource', purpose, source: { id: elementIri(item.element, base), label: elementLabel(graph, item) } },
          { type: 'TextualBody', purpose: 'tagging', value: item.type, format: 'text/plain' },
          ...(attrs.factuality ? [{ type: 'TextualBody', purpose: 'classifying', value: `factuality: ${attrs.factuality}`, format: 'text/plain' }] : []),
          ...(role ? [{ type: 'TextualBody', purpose: 'describing', value: role, format: 'text/plain' }] : []),
        ],
        target: {
          source: story.url ?? storyIri(story.id, base),
          selector: [
            { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      };
    });
  const ids = [...stories.keys()].sort();
  const collection = elements ? `${elementIri(elements.join('+'), base)}/annotations` : `${base}annotations/${ids.map(encodeURIComponent).join('+')}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collection,
    type: 'AnnotationCollection',
    label: `storygraph evidence for ${elements ? elements.join(', ') : ids.join(', ')}`,
    total: items.length,
    first: { id: `${collection}/page-0`, type: 'AnnotationPage', partOf: collection, startIndex: 0, items },
  };
}

export function toWebAnnotations(graph: StoryGraph, base: string): string {
  return `${JSON.stringify(webAnnotationCollection(graph, { base }), null, 2)}\n`;
}

export const exporter: Exporter = { export: (graph) => toWebAnnotations(graph, rdfBaseOrThrow()) };
