// The commands `npm run bench` times. Add a line per command or export format.
import { join } from 'node:path';

export const CASES = (tmp) => [
  { name: 'storygraph validate', args: ['validate'] },
  { name: 'storygraph export --format graphology', args: ['export', '--format', 'graphology', '--out', join(tmp, 'g.json')] },
  { name: 'storygraph stats --json', args: ['stats', '--json'] },
  { name: 'storygraph coverage', args: ['coverage'] },
];
