// Issue 12, the page's changes as functions of the annotation document (web/src/edit): the quote
// a picked stretch becomes, mentions kept in article order, new entities, claims, relations and
// times, what depends on a node, the review queue's progress and decisions, the EDTF bounds shown.
import { describe, expect, it } from 'vitest';
import { addClaim, addEntity, addEvidence, addMention, addRelation, deleteElement, dependents, freeId, setTime } from '../../web/src/edit/doc-changes.js';
import { describeBounds, edtfBounds } from '../../web/src/edit/edtf-bounds.js';
import type { Doc } from '../../web/src/edit/edit-session.js';
import { findWords, orderedIndex, quoteFor } from '../../web/src/edit/quote-for.js';
import { decide, reject, reviewQueue } from '../../web/src/edit/review-queue.js';
import { slug } from '../../src/text/slug.js';

const TEXT = 'PORTVALE (Gull Gazette) — Mayor Ana Ruiz met the council. Ruiz said the ferry returns, the Gull Gazette reported.';
const at = (w: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = TEXT.indexOf(w, i + 1);
  return { start: i, end: i + w.length };
};

function doc(): Doc {
  return {
    article: { id: 'article/x', mentions: [{ exact: 'PORTVALE' }] },
    nodes: [
      {
        id: 'org/gull-gazette',
        type: 'organization',
        label: 'Gull Gazette',
        aliases: [],
        kb: { status: 'unlinked', reason: 'x' },
        mentions: [{ exact: 'Gull Gazette', prefix: 'PORTVALE (' }],
      },
    ],
    relations: [],
    leftOut: [],
    rejected: [],
  } as unknown as Doc;
}

describe('quoteFor', () => {
  it('gives the exact words alone when they occur once', () => {
    const { start, end } = at('Ana Ruiz');
    expect(quoteFor(TEXT, start, end)).toEqual({ exact: 'Ana Ruiz' });
  });
  it('adds a prefix that tells a repeated occurrence apart, which the loader resolves back to it', () => {
    const { start, end } = at('Ruiz', 1);
    const q = quoteFor(TEXT, start, end);
    expect(q.exact).toBe('Ruiz');
    expect(TEXT.slice(start - q.prefix!.length, start)).toBe(q.prefix);
    expect(TEXT.split(`${q.prefix}Ruiz`).length).toBe(2);
  });
  it('finds words from a place on, wrapping to the start', () => {
    expect(findWords(TEXT, 'Ruiz', at('Ruiz').end)).toEqual(at('Ruiz', 1));
    expect(findWords(TEXT, 'Ruiz', at('Ruiz', 1).end)).toEqual(at('Ruiz'));
    expect(findWords(TEXT, 'absent')).toBeUndefined();
  });
  it('makes ids from labels (accents folded), never empty', () => {
    expect(slug('Ana Ruíz')).toBe('ana-ruiz');
    expect(slug('吳謙')).toMatch(/^x[0-9a-z]+$/);
  });
});

describe('document changes', () => {
  it('keeps mentions in article order and makes free ids', () => {
    const d = doc();
    const id = addEntity(d, { type: 'person', label: 'Ana Ruiz', mention: { exact: 'Ruiz', prefix: 'council. ', kind: 'short' } });
    expect(id).toBe('person/ana-ruiz');
    addMention(d, TEXT, id, { exact: 'Ana Ruiz', kind: 'name' });
    expect(d.nodes[1]!.mentions.map((m) => m.exact)).toEqual(['Ana Ruiz', 'Ruiz']);
    expect(freeId(d, 'person', 'Ana Ruiz')).toBe('person/ana-ruiz-2');
    expect(orderedIndex(TEXT, d.nodes[1]!.mentions, { exact: 'Mayor' })).toBe(0);
    expect(() => addMention(d, TEXT, 'person/nobody', { exact: 'Mayor' })).toThrow('not defined');
  });

  it('adds a claim with its chain, a relation with its quote, a time, and evidence', () => {
    const d = doc();
    addEntity(d, { type: 'person', label: 'Ana Ruiz', mention: { exact: 'Ana Ruiz' } });
    const claim = addClaim(d, {
      label: 'Ruiz: ferry',
      content: 'The ferry returns.',
      cue: { exact: 'said' },
      quote: { exact: 'the ferry returns' },
      factuality: 'reported',
      act: 'assert',
      attribution: [
        { agents: ['person/ana-ruiz'], role: 'speaker', cue: { exact: 'Ruiz said' }, explicit: true },
        { agents: ['org/gull-gazette'], role: 'publisher', cue: { exact: 'the Gull Gazette reported' }, explicit: true },
      ],
    });
    expect(Object.keys(d.nodes[2]!)).toEqual(['id', 'type', 'act', 'label', 'content', 'cue', 'quote', 'attribution', 'mentions', 'factuality']);
    expect(d.nodes[2]!.mentions).toEqual([{ exact: 'the ferry returns' }]);
    const rel = addRelation(d, { type: 'urges', source: claim, target: 'org/gull-gazette', evidence: { exact: 'said' }, factuality: 'reported' });
    expect(rel).toBe('rel/ruiz-ferry-urges-gull-gazette');
    addEvidence(d, TEXT, 'edge', rel, { exact: 'Mayor' });
    expect(d.relations[0]!.evidence.map((e) => e.exact)).toEqual(['Mayor', 'said']);
    setTime(d, 'node', claim, { edtf: '2024-06', expression: 'from June' });
    expect((d.nodes[2] as { time?: unknown }).time).toEqual({ edtf: '2024-06', expression: 'from June' });
    expect(() => setTime(d, 'node', 'person/ana-ruiz', { edtf: '2024', expression: 'x' })).toThrow('no time');
  });

  it('names what depends on a node, and deleting it takes its relations along', () => {
    const d = doc();
    addEntity(d, { type: 'person', label: 'Ana Ruiz', mention: { exact: 'Ana Ruiz' } });
    const claim = addClaim(d, {
      label: 'c',
      content: 'c',
      cue: { exact: 'said' },
      factuality: 'reported',
      act: 'assert',
      attribution: [{ agents: ['person/ana-ruiz'], role: 'speaker', cue: { exact: 'said' }, explicit: true }],
    });
    addRelation(d, { type: 'holds_office', source: 'person/ana-ruiz', target: 'org/gull-gazette', evidence: { exact: 'Mayor' }, factuality: 'asserted' });
    expect(dependents(d, 'person/ana-ruiz')).toEqual({ relations: ['rel/ana-ruiz-holds-office-gull-gazette'], claims: [claim], others: [] });
    deleteElement(d, 'node', 'person/ana-ruiz');
    expect(d.nodes.map((n) => n.id)).toEqual(['org/gull-gazette', claim]);
    expect(d.relations).toEqual([]);
  });
});

describe('review queue', () => {
  it('counts reviewed, rejected and waiting drafts; accepts and rejects', () => {
    const d = doc();
    const draft = { origin: 'nlp' as const, confidence: 0.5 };
    addEntity(d, { type: 'person', label: 'A', mention: { exact: 'Ana Ruiz' } });
    addEntity(d, { type: 'person', label: 'B', mention: { exact: 'Ruiz', prefix: 'council. ' } });
    d.nodes[1]!.draft = { ...draft };
    d.nodes[2]!.draft = { ...draft };
    addRelation(d, { type: 'holds_office', source: 'person/a', target: 'org/gull-gazette', evidence: { exact: 'Mayor' }, factuality: 'asserted' });
    d.relations[0]!.draft = { ...draft };
    let q = reviewQueue(d);
    expect([q.reviewed, q.total, q.waiting.map((w) => w.id)]).toEqual([0, 3, ['person/a', 'person/b', 'rel/a-holds-office-gull-gazette']]);
    decide(d, q.waiting[1]!, 'accepted');
    reject(d, q.waiting[0]!);
    q = reviewQueue(d);
    expect([q.reviewed, q.total, q.waiting]).toEqual([3, 3, []]);
    expect(d.rejected).toEqual([{ element: 'person/a' }, { element: 'rel/a-holds-office-gull-gazette' }]); // the relation needed the rejected node
    expect(d.relations).toEqual([]);
  });
});

describe('EDTF bounds shown before saving', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-03-05~', '2024-03-05', '2024-03-05'],
    ['2024-06/..', '2024-06-01', null],
    ['../2020-10-29', null, '2020-10-29'],
  ])('%s → %s … %s', (v, a, b) => {
    const r = edtfBounds(v)!;
    expect([r.earliest?.slice(0, 10) ?? null, r.latest?.slice(0, 10) ?? null]).toEqual([a, b]);
  });
  it('leaves other forms to the server and says so', () => {
    expect(edtfBounds('2024-02-30')).toBeUndefined();
    expect(describeBounds('2024-13')).toContain('the server checks it');
    expect(describeBounds('2024-06/..')).toBe('from 2024-06-01 to open end');
  });
});
