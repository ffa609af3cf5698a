// The explorer's sourcing rules without a browser: filters by speech act and narrator's voice
// (visibility, the URL), and the claims view's chain levels (joint speakers share one).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../src/model/relation-types.js';
import { SPEECH_ACT_VALUES } from '../../src/model/speech-acts.js';
import { VOICE_VALUES } from '../../src/model/voices.js';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { claims } from '../../src/queries/claims.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { formatHash, parseHash, type Vocabulary } from '../../web/src/url-state.js';
import { NO_FILTERS, sameFilters, type Filters } from '../../web/src/state.js';
import { edgeVisible, nodeVisible } from '../../web/src/visibility.js';
import { chainSteps } from '../../web/src/views/claims-view.js';

const vocab: Vocabulary = { nodeTypes: NODE_TYPE_NAMES, relationTypes: RELATION_TYPE_NAMES, factuality: FACTUALITY_VALUES };
const graph = loadGraph(defaultDataDir());

describe('filters by speech act and by voice', () => {
  it('a hidden act hides the claims that perform it, and only those', () => {
    const f: Filters = { ...NO_FILTERS, hiddenActs: new Set(['deny']) };
    expect(nodeVisible(graph.getNodeAttributes('claim/esper-denies-drone-plan-report'), f)).toBe(false);
    expect(nodeVisible(graph.getNodeAttributes('claim/esper-no-intention-of-military-crisis'), f)).toBe(true);
    expect(nodeVisible(graph.getNodeAttributes('person/mark-esper'), f)).toBe(true);
  });

  it('a hidden voice hides what carries it; elements without a marked voice stay', () => {
    const f: Filters = { ...NO_FILTERS, hiddenVoices: new Set(['evaluative']) };
    expect(nodeVisible(graph.getNodeAttributes('event/china-security-threat-indo-pacific'), f)).toBe(false);
    expect(nodeVisible(graph.getNodeAttributes('event/us-china-crisis-communication-talks'), f)).toBe(true);
    expect(nodeVisible(graph.getNodeAttributes('country/china'), f)).toBe(true);
    const e = 'rel/threat-posed-by-china';
    expect(edgeVisible(graph.getEdgeAttributes(e), graph.getNodeAttributes('country/china'), graph.getNodeAttributes('country/china'), f)).toBe(false);
  });

  it('round-trips through the URL (noact=, novoice=) and compares equal', () => {
    fc.assert(
      fc.property(fc.subarray(SPEECH_ACT_VALUES), fc.subarray(VOICE_VALUES), (acts, voices) => {
        const f: Filters = { ...NO_FILTERS, hiddenActs: new Set(acts), hiddenVoices: new Set(voices) };
        const back = parseHash(formatHash(null, f, null, vocab), vocab).filters;
        expect(sameFilters(back, f)).toBe(true);
      }),
    );
    expect(formatHash(null, { ...NO_FILTERS, hiddenActs: new Set(['urge', 'deny']), hiddenVoices: new Set(['reported']) }, null, vocab)).toBe(
      '#noact=deny,urge&novoice=reported',
    );
    expect(parseHash('#noact=deny,gossip&novoice=ironic', vocab).filters).toMatchObject({ hiddenActs: new Set(['deny']), hiddenVoices: new Set() });
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS, hiddenActs: new Set(['warn']) })).toBe(false);
  });
});

describe('claims view: chain levels', () => {
  it('joint speakers share one level; every other level is one agent', () => {
    const urge = claims(graph).find((c) => c.id === 'claim/esper-pompeo-urge-countries-work-with-us')!;
    const steps = chainSteps(urge.attribution);
    expect(steps.map((s) => s.map((l) => l.agent))).toEqual([['person/mark-esper', 'person/mike-pompeo'], ['org/taiwan-news']]);
    for (const c of claims(graph)) {
      const levels = chainSteps(c.attribution);
      expect(
        levels.map((s) => s[0]!.level),
        c.id,
      ).toEqual(levels.map((_, i) => i));
      for (const s of levels) expect(new Set(s.map((l) => l.role)).size, c.id).toBe(1);
    }
  });
});
