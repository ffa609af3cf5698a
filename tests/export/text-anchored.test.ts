// Web Annotations and brat standoff point into the article text: every selector and every
// span must give back its quote from the text (code points), with nothing left out.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toWebAnnotations } from '../../src/export/web-annotations.js';
import { DEFAULT_BASE } from '../../src/rdf/base-iri.js';
import { toBrat } from '../../src/export/brat.js';
import { elementIri } from '../../src/export/element-iri.js';
import { evidenceItems } from '../../src/export/evidence-items.js';
import { evidenceSpans } from '../../src/graph/evidence-spans.js';
import { iriScheme } from '../../src/rdf/iris.js';
import { FIXTURE_DATA, fixtureGraph, PYTHON, runPython } from './support/fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-text-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Slice by code points, as Python and the W3C selectors count. */
const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

interface Annotation {
  id: string;
  motivation: string;
  body: { type: string; purpose: string; value?: string; source?: { id: string; label: string } }[];
  target: { source: string; selector: [{ type: string; exact: string; prefix?: string; suffix?: string }, { type: string; start: number; end: number }] };
}

describe('web annotations', () => {
  const g = fixtureGraph();
  const doc = JSON.parse(toWebAnnotations(g, DEFAULT_BASE));
  const items: Annotation[] = doc.first.items;
  const texts = new Map(g.getAttribute('stories').map((s) => [s.url ?? `https://storygraph.invalid/story/${s.id}`, s.text]));

  it('is an AnnotationCollection in the W3C context', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('has one annotation per evidence span of every node and curated relation', () => {
    const spans = [...g.mapNodes((_n, a) => evidenceSpans(a)).flat(), ...g.mapEdges((_k, a) => (a.derived ? [] : evidenceSpans(a))).flat()];
    expect(items.length).toBe(spans.length);
    expect(items.length).toBe(evidenceItems(g).length);
  });

  it('selectors give back the quote and its context from the text', () => {
    for (const a of items) {
      const [quote, position] = a.target.selector;
      const text = texts.get(a.target.source)!;
      expect([quote.type, position.type]).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      expect(cpSlice(text, position.start, position.end), a.id).toBe(quote.exact);
      expect(cpSlice(text, Math.max(0, position.start - 32), position.start), a.id).toBe(quote.prefix ?? '');
      expect(cpSlice(text, position.end, position.end + 32), a.id).toBe(quote.suffix ?? '');
    }
  });

  it('counts offsets in code points', () => {
    const drone = items.find((a) => a.id.endsWith('/id/equipment/aircraft/evidence/0'))!;
    expect(drone.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 242, end: 243 });
    expect(drone.target.selector[0].exact).toBe('🛩');
  });

  it('names what each span supports, with the IRIs of the RDF export', () => {
    const iris = iriScheme();
    expect(elementIri('person/wu-qian')).toBe(iris.node('person/wu-qian').value);
    expect(elementIri('rel/talks-wu')).toBe(iris.edge('rel/talks-wu', g.getEdgeAttributes('rel/talks-wu'), 'event/talks').value);
    const mention = items.find((a) => a.id === `${elementIri('person/wu-qian')}/evidence/1`)!;
    expect(mention.motivation).toBe('identifying');
    expect(mention.body[0]).toEqual({ type: 'SpecificResource', purpose: 'identifying', source: { id: elementIri('person/wu-qian'), label: 'Wu Qian' } });
    expect(mention.body[1]).toMatchObject({ purpose: 'tagging', value: 'person' });
    const cue = items.find((a) => a.id === `${elementIri('claim/esper-denies')}/attribution/1/cue`)!;
    expect(cue.motivation).toBe('describing');
    expect(cue.body.map((b) => b.value)).toContain('attribution: source person/wu-qian (implied)');
    expect(cue.body.map((b) => b.value)).toContain('factuality: reported');
    const rel = items.find((a) => a.id === `${elementIri('rel/talks-wu')}/evidence/0`)!;
    expect(rel.body[0]!.source!.label).toBe('Esper–Wu talks participant Wu Qian');
  });
});

describe('brat', () => {
  const g = fixtureGraph();
  const files = toBrat(g);
  const dir = join(tmp, 'brat');

  it('writes the text byte for byte and a configuration brat can open', () => {
    for (const id of ['fixture-alpha', 'fixture-beta']) {
      expect(Buffer.from(files[`${id}.txt`]!, 'utf8').equals(readFileSync(join(FIXTURE_DATA, 'stories', id, 'article.txt')))).toBe(true);
    }
    expect(Object.keys(files).sort()).toEqual([
      'annotation.conf',
      'fixture-alpha.ann',
      'fixture-alpha.txt',
      'fixture-beta.ann',
      'fixture-beta.txt',
      'visual.conf',
    ]);
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) expect(files['annotation.conf']).toContain(section);
    for (const section of ['[labels]', '[drawing]']) expect(files['visual.conf']).toContain(section);
  });

  it('every T span gives back its text; fragments split at line breaks', () => {
    for (const id of ['fixture-alpha', 'fixture-beta']) {
      const text = files[`${id}.txt`]!;
      for (const line of files[`${id}.ann`]!.trimEnd()
        .split('\n')
        .filter((l) => l.startsWith('T'))) {
        const [, typeAndSpans, quote] = line.split('\t') as [string, string, string];
        const frags = typeAndSpans
          .split(' ')
          .slice(1)
          .join(' ')
          .split(';')
          .map((f) => f.split(' ').map(Number) as [number, number]);
        expect(frags.map(([s, e]) => cpSlice(text, s, e)).join(' '), line).toBe(quote);
      }
    }
    expect(files['fixture-alpha.ann']).toMatch(/^T\d+\tClaim 129 153;154 162\tWe urge the U\.S\. to walk the talk$/m);
  });

  it('links relations between mentions and keeps ids, factuality and notes', () => {
    const ann = files['fixture-alpha.ann']!;
    const ids = new Set(ann.split('\n').map((l) => l.split('\t')[0]));
    const rels = ann.split('\n').filter((l) => l.startsWith('R'));
    for (const r of rels) for (const arg of r.split('\t')[1]!.split(' ').slice(1)) expect(ids.has(arg.split(':')[1])).toBe(true);
    // every relation of the story has mentions at both ends in the fixture
    expect(rels.length).toBe(g.filterEdges((_k, a) => a.story === 'fixture-alpha').length);
    expect(ann).toMatch(/^A\d+\tFactuality T\d+ hypothetical$/m);
    expect(ann).toMatch(
      /^#\d+\tAnnotatorNotes R\d+\trel\/esper-office; factuality=asserted; title=Secretary of Defense; note=Title "from" <outside> & the text; second line$/m,
    );
  });

  it.skipIf(!existsSync(PYTHON))('passes a Python check of spans, references and declared types', () => {
    mkdirSync(dir, { recursive: true });
    for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
    const py = runPython('check_brat.py', [dir]) as { errors: string[]; stories: Record<string, { counts: Record<string, number>; text_length: number }> };
    expect(py.errors).toEqual([]);
    expect(py.stories['fixture-alpha']!.text_length).toBe(Array.from(files['fixture-alpha.txt']!).length);
    expect(py.stories['fixture-beta']!.counts.R).toBeGreaterThan(0);
  });
});
