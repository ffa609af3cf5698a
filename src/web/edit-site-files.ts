// The explorer's files for `serve --edit`: the same site, with the per-launch secret in the page
// (a meta tag the edit mode reads; a static site from build-web never has one, so it is never
// editable), and graph data that is replaced after each saved edit.
import { randomBytes } from 'node:crypto';
import type { StoryEditor } from '../edit/story-editor.js';
import type { StoryGraph } from '../graph/build-graph.js';
import type { EditApi } from './edit-api.js';
import { storedPositions, siteGraphJsonKeeping } from './edit-site.js';
import { buildSite } from './site.js';
import { GRAPH_FILE } from './site-data.js';
import { RDF_FILE, siteNTriples } from './site-rdf.js';
import { withMeta } from './page-meta.js';

export const EDIT_META = 'storygraph-edit';

/** Puts the secret into index.html as `<meta name="storygraph-edit" content="SECRET">`. */
export function withEditMeta(html: string, secret: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw new Error('the secret must be base64url');
  return withMeta(html, EDIT_META, secret);
}

/**
 * The site's files, with the RDF (for the query panel's SPARQL engine) made again only when it
 * is asked for after an edit: writing it costs more than the rest of a save.
 */
class SiteFiles extends Map<string, Buffer> {
  stale: StoryGraph | undefined;
  override get(path: string): Buffer | undefined {
    if (path === RDF_FILE && this.stale) {
      this.set(RDF_FILE, Buffer.from(siteNTriples(this.stale)));
      this.stale = undefined;
    }
    return super.get(path);
  }
}

export function editableSite(editor: StoryEditor, appDir?: string): { files: Map<string, Buffer>; api: EditApi } {
  const files = new SiteFiles(buildSite(editor.graph(), appDir));
  const secret = randomBytes(32).toString('base64url');
  files.set('index.html', Buffer.from(withEditMeta(files.get('index.html')!.toString('utf8'), secret)));
  const positions = storedPositions(files.get(GRAPH_FILE)!.toString('utf8'));
  const api: EditApi = {
    secret,
    editor,
    changed(graph) {
      files.set(GRAPH_FILE, Buffer.from(siteGraphJsonKeeping(graph, positions)));
      files.stale = graph;
    },
  };
  return { files, api };
}
