// A small hand-built graph for the query tests: independent of data/, with CJK and an astral
// character (𠮷, one code point, two UTF-16 units) before most quotes so that offsets in code
// points and UTF-16 indexes differ.
import Graph from 'graphology';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph-attributes.js';
import type { ResolvedEvidence } from '../../src/model/index.js';
import { CodePointText } from '../../src/text/code-points.js';
import { splitSentences } from '../../src/text/sentences.js';

export const STORY = 'test-story';
export const TEXT = [
  'Talks held 𠮷 in Hanoi',
  '',
  'HANOI (Test News) — Mark Esper met Wu Qian (吳謙) in Hanoi on Oct. 28. Esper denied a report that the U.S. planned a strike.',
  'Wu said, “We urge the U.S. to keep its promise.” The two sides will meet again mid-November. Li Wei and another Li Wei watched.',
].join('\n');

const doc = new CodePointText(TEXT);

/** The evidence for the n-th occurrence of `exact`, with code-point offsets. */
export function ev(exact: string, nth = 0, kind?: ResolvedEvidence['kind']): ResolvedEvidence {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = TEXT.indexOf(exact, i + 1);
    if (i === -1) throw new Error(`fixture: ${exact} #${nth} not in text`);
  }
  const start = doc.toCodePoint(i);
  return { story: STORY, exact, start, end: start + [...exact].length, ...(kind ? { kind } : {}) };
}

function node(type: NodeAttributes['type'], label: string, evidence: ResolvedEvidence[], more: Partial<NodeAttributes> = {}): NodeAttributes {
  return { type, label, aliases: [], evidence, stories: [STORY], ...more };
}

function edge(type: EdgeAttributes['type'], evidence: ResolvedEvidence[], more: Partial<EdgeAttributes> = {}): EdgeAttributes {
  return { type, evidence, story: STORY, factuality: 'asserted', ...more };
}

export function buildFixture(): StoryGraph {
  const g: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.replaceAttributes({
    stories: [
      {
        id: STORY,
        title: 'Talks held',
        publisher: 'org/test-news',
        published: { edtf: '2020-10-29', inferred: false, earliest: '2020-10-29T00:00:00.000Z', latest: '2020-10-29T23:59:59.999Z' },
        language: 'en',
        sha256: '0'.repeat(64),
        article: 'article/test-story',
        text: TEXT,
        sentences: splitSentences(TEXT).map(({ index, start, end }) => ({ index, start, end })),
        leftOut: [],
      },
    ],
  });
  const byline = ev('Test News');
  g.addNode('article/test-story', node('article', 'Talks held', [ev('Talks held')], { story: STORY, publisher: 'org/test-news' }));
  g.addNode('org/test-news', node('organization', 'Test News', [byline]));
  g.addNode('person/mark-esper', node('person', 'Mark Esper', [ev('Mark Esper', 0, 'name'), ev('Esper', 1, 'short')]));
  g.addNode('person/wu-qian', node('person', 'Wu Qian', [ev('Wu Qian', 0, 'name'), ev('吳謙', 0, 'alias'), ev('Wu', 1, 'short')], { aliases: ['吳謙'] }));
  g.addNode('country/us', node('country', 'United States', [ev('U.S.', 0, 'short'), ev('U.S.', 1, 'short')], { aliases: ['U.S.', 'América'] }));
  g.addNode('city/hanoi', node('city', 'Hanoi', [ev('Hanoi', 0), ev('Hanoi', 1)]));
  g.addNode('person/li-wei', node('person', 'Li Wei', [ev('Li Wei', 0)]));
  g.addNode('person/li-wei-2', node('person', 'Li Wei', [ev('Li Wei', 1)]));
  g.addNode(
    'event/meeting',
    node('event', 'Esper–Wu meeting in Hanoi', [ev('met')], {
      eventType: 'meeting',
      factuality: 'asserted',
      time: { edtf: '2020-10-28', expression: 'Oct. 28', evidence: [ev('Oct. 28')], earliest: '2020-10-28T00:00:00.000Z', latest: '2020-10-28T23:59:59.999Z' },
    }),
  );
  g.addNode('event/strike', node('event', 'US strike', [ev('a strike')], { eventType: 'attack', factuality: 'denied' }));
  g.addNode(
    'event/next-meeting',
    node('event', 'Next meeting', [ev('meet again')], {
      eventType: 'meeting',
      factuality: 'planned',
      time: {
        edtf: '2020-11-10~/2020-11-20~',
        expression: 'mid-November',
        evidence: [ev('mid-November')],
        earliest: '2020-11-10T00:00:00.000Z',
        latest: '2020-11-20T23:59:59.999Z',
      },
    }),
  );
  g.addNode(
    'event/tension',
    node('event', 'Tension', [ev('Talks held')], {
      eventType: 'situation',
      factuality: 'asserted',
      time: { edtf: '../2020-10-29', expression: 'before the talks', earliest: null, latest: '2020-10-29T23:59:59.999Z' },
    }),
  );
  const chain = (speaker: string, cue: ResolvedEvidence) => [
    { agents: [speaker], role: 'speaker' as const, cue, explicit: true },
    { agents: ['person/wu-qian'], role: 'source' as const, cue: ev('Wu said'), explicit: false },
    { agents: ['article/test-story'], role: 'publisher' as const, cue: byline, explicit: true },
  ];
  g.addNode(
    'claim/esper-denies',
    node('claim', 'Esper denies the strike plan', [ev('denied a report')], {
      content: 'The U.S. is not planning a strike.',
      act: 'deny',
      cue: ev('denied'),
      factuality: 'reported',
      attribution: chain('person/mark-esper', ev('Esper denied')),
    }),
  );
  g.addNode(
    'claim/wu-urges',
    node('claim', 'Wu urges the US', [ev('We urge the U.S. to keep its promise.')], {
      content: 'China urges the US to keep its promise.',
      act: 'urge',
      cue: ev('said'),
      quote: ev('We urge the U.S. to keep its promise.'),
      factuality: 'asserted',
      attribution: [{ agents: ['person/wu-qian'], role: 'speaker', cue: ev('Wu said'), explicit: true }],
    }),
  );
  g.addDirectedEdgeWithKey('rel/meeting-esper', 'event/meeting', 'person/mark-esper', edge('participant', [ev('Mark Esper')]));
  g.addDirectedEdgeWithKey('rel/meeting-wu', 'event/meeting', 'person/wu-qian', edge('participant', [ev('Wu Qian')]));
  g.addDirectedEdgeWithKey('rel/meeting-hanoi', 'event/meeting', 'city/hanoi', edge('location', [ev('in Hanoi', 1)]));
  g.addDirectedEdgeWithKey('rel/denies-strike', 'claim/esper-denies', 'event/strike', edge('denies', [ev('denied a report')], { factuality: 'reported' }));
  g.addDirectedEdgeWithKey('rel/strike-target', 'event/strike', 'country/us', edge('target', [ev('U.S.')], { factuality: 'denied' }));
  g.addDirectedEdgeWithKey('rel/urges-us', 'claim/wu-urges', 'country/us', edge('urges', [ev('urge the U.S.')]));
  g.addDirectedEdgeWithKey('rel/next-meeting-about', 'event/next-meeting', 'event/meeting', edge('amid', [ev('meet again')], { factuality: 'planned' }));
  for (const id of ['claim/esper-denies', 'claim/wu-urges']) {
    g.getNodeAttribute(id, 'attribution')!.forEach((l, position) => {
      g.addDirectedEdgeWithKey(
        `${id}#attribution-${position}`,
        id,
        l.agents[0]!,
        edge('attributed_to', [l.cue], {
          factuality: l.explicit ? 'asserted' : 'possible',
          derived: true,
          attributionRole: l.role,
          position,
          explicit: l.explicit,
        }),
      );
    });
  }
  return g;
}
