// The explorer as a set of static files: the built app plus the graph data of one data folder.
// `storygraph serve` serves this set from memory; `storygraph build-web` writes it to a folder.
import type { StoryGraph } from '../graph/build-graph.js';
import { readAppFiles } from './app-files.js';
import { GRAPH_FILE, siteGraphJson } from './site-data.js';
import { RDF_FILE, siteNTriples } from './site-rdf.js';
import { compareStrings } from '../text/compare-strings.js';

/** Marks a folder as a storygraph site, so build-web may replace it without losing anything else. */
export const SITE_MARKER = '.storygraph-site';

export function buildSite(graph: StoryGraph, appDir?: string): Map<string, Buffer> {
  const files = readAppFiles(appDir);
  files.delete(SITE_MARKER);
  files.set(GRAPH_FILE, Buffer.from(siteGraphJson(graph)));
  files.set(RDF_FILE, Buffer.from(siteNTriples(graph)));
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)));
}
