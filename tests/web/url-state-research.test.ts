// The research part of the URL: the open view, the focus and the path, so a shared link opens
// the same research view. Unknown views and bad numbers fall back; ids are kept as written
// (the explorer drops those its graph does not have).
import { describe, expect, it } from 'vitest';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../src/model/relation-types.js';
import { NO_FILTERS } from '../../web/src/state.js';
import { formatHash, parseHash, type ResearchState, type Vocabulary } from '../../web/src/url-state.js';
import { VIEW_IDS } from '../../web/src/views/registry.js';

const vocab: Vocabulary = { nodeTypes: NODE_TYPE_NAMES, relationTypes: RELATION_TYPE_NAMES, factuality: FACTUALITY_VALUES };
const none: ResearchState = { view: null, focus: null, path: null };

describe('url state: research views', () => {
  it('no research state adds nothing to the hash', () => {
    expect(formatHash(null, NO_FILTERS, null, vocab, none)).toBe('');
    const u = parseHash('#sel=person/mark-esper', vocab);
    expect([u.view, u.focus, u.path]).toEqual([null, null, null]);
  });

  it('round-trips the open view, for every view of the registry', () => {
    for (const view of VIEW_IDS) {
      const hash = formatHash(null, NO_FILTERS, null, vocab, { ...none, view });
      expect(hash).toBe(`#view=${view}`);
      expect(parseHash(hash, vocab).view).toBe(view);
    }
  });

  it('round-trips focus (depth, expanded sorted, hide) and path (alt is 1-based)', () => {
    const research: ResearchState = {
      view: 'path',
      focus: { id: 'person/mark-esper', depth: 2, expanded: ['country/china', 'city/beijing'], hide: true },
      path: { from: 'person/mark-esper', to: 'claim/x-y#attribution-0', index: 2, via: [] },
    };
    const hash = formatHash({ kind: 'node', id: 'person/wu-qian' }, NO_FILTERS, null, vocab, research);
    expect(hash).toBe(
      '#sel=person/wu-qian&view=path&from=person/mark-esper&to=claim/x-y%23attribution-0&alt=3' +
        '&focus=person/mark-esper&depth=2&exp=city/beijing,country/china&rest=hide',
    );
    const u = parseHash(hash, vocab);
    expect(u.view).toBe('path');
    expect(u.focus).toEqual({ ...research.focus, expanded: ['city/beijing', 'country/china'] });
    expect(u.path).toEqual(research.path);
    expect(u.selection).toBe('person/wu-qian');
  });

  it('the first alternative and a faded rest stay out of the hash', () => {
    const hash = formatHash(null, NO_FILTERS, null, vocab, {
      view: null,
      focus: { id: 'a/b', depth: 1, expanded: [], hide: false },
      path: { from: 'a/b', to: null, index: 0, via: [] },
    });
    expect(hash).toBe('#from=a/b&focus=a/b&depth=1');
    expect(parseHash(hash, vocab).path).toEqual({ from: 'a/b', to: null, index: 0, via: [] });
  });

  it('ignores an unknown view, a bad depth or alternative, and the centre among the expanded', () => {
    const u = parseHash('#view=<script>&focus=a/b&depth=7&exp=a/b,,c/d&from=a/b&to=c/d&alt=-2', vocab);
    expect(u.view).toBeNull();
    expect(u.focus).toEqual({ id: 'a/b', depth: 1, expanded: ['c/d'], hide: false });
    expect(u.path).toEqual({ from: 'a/b', to: 'c/d', index: 0, via: [] });
    expect(parseHash('#view=query&alt=2.5&to=c/d', vocab)).toMatchObject({ view: 'query', path: { from: null, to: 'c/d', index: 0 } });
    expect(parseHash('#depth=2&exp=a/b', vocab).focus).toBeNull();
  });
  it('round-trips what a path may cross (in the model order), ignoring unknown kinds', () => {
    const hash = formatHash(null, NO_FILTERS, null, vocab, {
      view: 'path',
      focus: null,
      path: { from: 'a/b', to: 'c/d', index: 0, via: ['claims', 'attribution'] },
    });
    expect(hash).toBe('#view=path&from=a/b&to=c/d&via=claims,attribution');
    expect(parseHash(hash, vocab).path).toEqual({ from: 'a/b', to: 'c/d', index: 0, via: ['claims', 'attribution'] });
    expect(parseHash('#from=a/b&to=c/d&via=attribution,bogus,about', vocab).path?.via).toEqual(['about', 'attribution']);
  });
});
