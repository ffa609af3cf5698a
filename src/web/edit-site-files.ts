// The explorer's files for `serve --edit`: the same site, with the per-launch secret in the page
// (a meta tag the edit mode reads; a static site from build-web never has one, so it is never
// editable), and graph data that is replaced after each saved edit.
import { randomBytes } from 'node:crypto';
import type { StoryEditor } from '../edit/story-editor.js';
import type { EditApi } from './edit-api.js';
import { storedPositions, siteGraphJsonKeeping } from './edit-site.js';
import { buildSite } from './site.js';
import { GRAPH_FILE } from './site-data.js';
import { RDF_FILE, siteNTriples } from './site-rdf.js';

export const EDIT_META = 'storygraph-edit';

/** Puts the secret into index.html as `<meta name="storygraph-edit" content="SECRET">`. */
export function withEditMeta(html: string, secret: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(secret)) throw new Error('the secret must be base64url');
  return html.replace('</head>', `  <meta name="${EDIT_META}" content="${secret}">\n</head>`);
}

export function editableSite(editor: StoryEditor, appDir?: string): { files: Map<string, Buffer>; api: EditApi } {
  const files = buildSite(editor.graph(), appDir);
  const secret = randomBytes(32).toString('base64url');
  files.set('index.html', Buffer.from(withEditMeta(files.get('index.html')!.toString('utf8'), secret)));
  const positions = storedPositions(files.get(GRAPH_FILE)!.toString('utf8'));
  const api: EditApi = {
    secret,
    editor,
    changed(graph) {
      files.set(GRAPH_FILE, Buffer.from(siteGraphJsonKeeping(graph, positions)));
      files.set(RDF_FILE, Buffer.from(siteNTriples(graph)));
    },
  };
  return { files, api };
}
