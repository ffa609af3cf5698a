// The commands `npm run bench` times. Add a line per command or export format.
// goal: the ratio to `node -e 0` to meet (default 2); null reports without a goal.
import { join } from 'node:path';

export const CASES = (tmp) => [
  { name: 'storygraph validate', args: ['validate'] },
  // The data cache off: what a first run on new or changed data costs (reported, no goal).
  { name: 'storygraph validate (STORYGRAPH_CACHE=0)', args: ['validate'], env: { STORYGRAPH_CACHE: '0' }, goal: null },
  {
    name: 'export --format turtle (STORYGRAPH_CACHE=0)',
    args: ['export', '--format', 'turtle', '--out', join(tmp, 'cold.ttl')],
    env: { STORYGRAPH_CACHE: '0' },
    goal: null,
  },
  { name: 'storygraph export --format graphology', args: ['export', '--format', 'graphology', '--out', join(tmp, 'g.json')] },
  { name: 'storygraph stats --json', args: ['stats', '--json'] },
  { name: 'storygraph coverage', args: ['coverage'] },
  { name: 'storygraph search 吳謙', args: ['search', '吳謙'] },
  { name: 'storygraph show "Mark Esper"', args: ['show', 'Mark Esper'] },
  { name: 'storygraph neighbors 吳謙 --depth 2', args: ['neighbors', '吳謙', '--depth', '2'] },
  { name: 'storygraph path "Mark Esper" 吳謙 --all', args: ['path', 'Mark Esper', '吳謙', '--all'] },
  { name: 'storygraph claims --speaker 吳謙', args: ['claims', '--speaker', '吳謙'] },
  { name: 'storygraph timeline', args: ['timeline'] },
  { name: 'storygraph mentions 吳謙', args: ['mentions', '吳謙'] },
  { name: 'storygraph export --format turtle', args: ['export', '--format', 'turtle', '--out', join(tmp, 'g.ttl')] },
  { name: 'storygraph export --format ntriples', args: ['export', '--format', 'ntriples', '--out', join(tmp, 'g.nt')] },
  { name: 'storygraph export --format jsonld', args: ['export', '--format', 'jsonld', '--out', join(tmp, 'g.jsonld')] },
  ...['graphml', 'gexf', 'cytoscape', 'cypher', 'annotations'].map((f) => ({
    name: `storygraph export --format ${f}`,
    args: ['export', '--format', f, '--out', join(tmp, `g.${f}`)],
  })),
  ...['csv', 'brat'].map((f) => ({ name: `storygraph export --format ${f} --out DIR`, args: ['export', '--format', f, '--out', join(tmp, f)] })),
  { name: 'storygraph sparql @queries/who-met-whom.rq', args: ['sparql', '@queries/who-met-whom.rq'], goal: 4 },
];
