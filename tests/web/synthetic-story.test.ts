import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { writeSyntheticData } from '../../scripts/synthetic-story.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-synthetic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scripts/synthetic-story.ts', () => {
  it('writes a valid story of 2,000 nodes + edges, the same bytes every time', () => {
    const dir = writeSyntheticData(join(tmp, 'a'), 2000);
    const graph = loadGraph(join(tmp, 'a'));
    expect(graph.order + graph.size).toBe(2000);
    const again = writeSyntheticData(join(tmp, 'b'), 2000);
    expect(readFileSync(join(again, 'annotations.json'), 'utf8')).toBe(readFileSync(join(dir, 'annotations.json'), 'utf8'));
  });
});
