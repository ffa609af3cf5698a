// Issue 12, saving safely: the edit API of `serve --edit` in-process (the real server, the real
// editor, a copy of a fixture story). Every refusal is tested: read-only server, Host, Origin,
// Sec-Fetch-Site, secret, route, method, content type, size, JSON, If-Match, unknown story,
// stale version (409), a patch that does not apply and a result the loader refuses (422, coded).
// An accepted edit is written in the file's layout (a diff shows only its lines) and redrawn.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoryEditor } from '../../src/edit/story-editor.js';
import { fileVersion } from '../../src/edit/version.js';
import { loadStoriesOrThrow } from '../../src/load/load-data.js';
import { layoutJson } from '../../src/text/json-layout.js';
import { MAX_BODY, SECRET_HEADER } from '../../src/web/edit-api.js';
import { editableSite, withEditMeta } from '../../src/web/edit-site-files.js';
import { listen, type RunningServer } from '../../src/web/server.js';
import { ROOT, runCli } from '../support/cli.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'curate');
const ID = 'harbour-ferry';
let data: string;
let file: string;
let app: string;
let edit: RunningServer;
let readOnly: RunningServer;
let secret: string;
let files: Map<string, Buffer>;
let port: number;
let roPort: number;

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'storygraph-edit-'));
  cpSync(FIXTURE, data, { recursive: true });
  file = join(data, 'stories', ID, 'annotations.json');
  app = join(data, '..', `${data.split('/').pop()}-app`);
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  const site = editableSite(new StoryEditor(data, loadStoriesOrThrow(data)), app);
  files = site.files;
  secret = site.api.secret;
  edit = await listen(files, '127.0.0.1', 0, undefined, site.api);
  port = Number(new URL(edit.url).port);
  readOnly = await listen(new Map(files), '127.0.0.1', 0);
  roPort = Number(new URL(readOnly.url).port);
});
afterAll(async () => {
  await edit.close();
  await readOnly.close();
  rmSync(data, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
});

interface Req {
  method?: string;
  path?: string;
  host?: string;
  origin?: string | null;
  secret?: string | null;
  type?: string;
  ifMatch?: string | null;
  body?: string | Buffer;
  site?: string;
  to?: number;
}
interface Res {
  status: number;
  body: string;
  json: () => { error?: { code: string }; problems?: { code: string; where: string; file: string }[]; version?: string; annotations?: unknown };
}

function send(r: Req): Promise<Res> {
  const p = r.to ?? port;
  const headers: Record<string, string> = { Host: r.host ?? `127.0.0.1:${p}` };
  if (r.origin !== null) headers.Origin = r.origin ?? `http://127.0.0.1:${p}`;
  if (r.secret !== null) headers[SECRET_HEADER] = r.secret ?? secret;
  if (r.type) headers['Content-Type'] = r.type;
  if (r.ifMatch) headers['If-Match'] = r.ifMatch;
  if (r.site) headers['Sec-Fetch-Site'] = r.site;
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: p, path: r.path ?? `/api/stories/${ID}`, method: r.method ?? 'GET', setHost: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) }));
    });
    req.on('error', fail);
    req.end(r.body);
  });
}

const version = () => fileVersion(readFileSync(file));
const patch = (ops: unknown, extra: Partial<Req> = {}) =>
  send({ method: 'PATCH', type: 'application/json-patch+json', ifMatch: `"${version()}"`, body: JSON.stringify(ops), ...extra });

const council = {
  id: 'org/portvale-council',
  type: 'organization',
  label: 'Portvale Council',
  aliases: [],
  kb: { status: 'unlinked', reason: 'Not checked.' },
  mentions: [{ exact: 'Portvale Council', kind: 'name' }],
};

describe('12: an accepted edit', () => {
  it('12: GET gives the file, its version (sha256) as the ETag', async () => {
    const r = await send({});
    expect(r.status).toBe(200);
    expect(r.json().version).toBe(version());
    expect(r.json().annotations).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('12: the fixture is in the layout the editor writes (a first edit reformats nothing)', () => {
    const text = readFileSync(file, 'utf8');
    expect(layoutJson(JSON.parse(text))).toBe(text);
  });

  it('12: a new node is applied, checked, written and redrawn (graph.json holds it, placed beside the drawing)', async () => {
    const before = files.get('data/graph.json')!.toString();
    expect(before).not.toContain('org/portvale-council');
    const r = await patch([{ op: 'add', path: '/nodes/-', value: council }]);
    expect(r.status).toBe(200);
    expect(r.json().version).toBe(version());
    expect(JSON.parse(readFileSync(file, 'utf8')).nodes[1]).toEqual(council);
    const graph = JSON.parse(files.get('data/graph.json')!.toString()) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
    const node = graph.nodes.find((n) => n.key === 'org/portvale-council')!;
    expect(Number.isFinite(node.attributes.x) && Number.isFinite(node.attributes.y)).toBe(true);
    expect(runCli(['validate', '--data', data]).status).toBe(0);
  });

  it('12: one added mention changes only its own line (diff of the file before and after)', async () => {
    const before = readFileSync(file, 'utf8').split('\n');
    const mention = { exact: 'Gull Gazette', prefix: 'the ', kind: 'name' };
    // the page inserts a mention in article order: before the dateline's, this one would be last, so it goes first here
    const r = await patch([{ op: 'add', path: '/nodes/0/mentions/0', value: mention }]);
    expect(r.status).toBe(200);
    const after = readFileSync(file, 'utf8').split('\n');
    const removed = before.filter((l) => !after.includes(l));
    const added = after.filter((l) => !before.includes(l));
    expect(removed).toEqual([]);
    expect(added).toEqual([`        ${JSON.stringify(mention).replace(/":/g, '": ').replace(/,"/g, ', "')},`]);
    expect(after.length).toBe(before.length + 1);
  });

  it('12: build-web sites are never editable: only serve --edit puts the secret in the page', () => {
    expect(files.get('index.html')!.toString()).toContain(`<meta name="storygraph-edit" content="${secret}">`);
    expect(withEditMeta('<head></head>', 'abc')).toBe('<head>  <meta name="storygraph-edit" content="abc">\n</head>');
    expect(() => withEditMeta('<head></head>', '"><script>')).toThrow();
  });
});

describe('12: refusals (the file is never changed by a refused request)', () => {
  const unchanged = async (r: Promise<Res>, status: number, code?: string) => {
    const before = readFileSync(file);
    const res = await r;
    expect(res.status, res.body).toBe(status);
    if (code) expect(res.json().error?.code).toBe(code);
    expect(readFileSync(file).equals(before)).toBe(true);
    return res;
  };
  const add = [{ op: 'add', path: '/nodes/-', value: { ...council, id: 'org/harbour-board', label: 'Harbour Board' } }];

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('12: a read-only server refuses %s (405), on the API path and elsewhere', async (method) => {
    for (const path of [`/api/stories/${ID}`, '/', '/data/graph.json']) {
      await unchanged(
        send({ method, path, to: roPort, type: 'application/json', ...(method === 'DELETE' ? {} : { body: JSON.stringify(add) }), ifMatch: `"${version()}"` }),
        405,
      );
    }
  });

  it('12: a wrong Host is refused (421)', () => unchanged(patch(add, { host: `evil.example:${port}` }), 421));
  it('12: a write without Origin is refused (403)', () => unchanged(patch(add, { origin: null }), 403, 'bad-origin'));
  it('12: a wrong Origin is refused (403)', () => unchanged(patch(add, { origin: `http://evil.example:${port}` }), 403, 'bad-origin'));
  it('12: another port as Origin is refused (403)', () => unchanged(patch(add, { origin: 'http://127.0.0.1:1' }), 403, 'bad-origin'));
  it('12: a cross-site fetch (Sec-Fetch-Site) is refused (403)', () => unchanged(patch(add, { site: 'cross-site' }), 403, 'bad-origin'));
  it('12: a read from a foreign Origin is refused (403)', () => unchanged(send({ origin: 'http://evil.example' }), 403, 'bad-origin'));
  it('12: a missing secret is refused (403)', () => unchanged(patch(add, { secret: null }), 403, 'bad-secret'));
  it('12: a wrong secret is refused (403)', () => unchanged(patch(add, { secret: `${secret.slice(1)}x` }), 403, 'bad-secret'));
  it('12: a read without the secret is refused (403)', () => unchanged(send({ secret: null }), 403, 'bad-secret'));
  it('12: stories are named by id, never by path (404)', async () => {
    for (const path of [
      '/api/stories/../stories/harbour-ferry',
      '/api/stories/harbour-ferry/annotations.json',
      '/api/stories/%2e%2e',
      '/api/stories/Harbour-Ferry',
      '/api/stories/',
    ]) {
      await unchanged(patch(add, { path }), 404, 'not-found');
    }
  });
  it('12: an id that is not a loaded story is refused (404)', () => unchanged(patch(add, { path: '/api/stories/no-such-story' }), 404, 'unknown-story'));
  it('12: a method the API does not take is refused (405)', () => unchanged(patch(add, { method: 'POST' }), 405, 'method-not-allowed'));
  it('12: a body that is not JSON by its type is refused (415)', () => unchanged(patch(add, { type: 'text/plain' }), 415, 'bad-content-type'));
  it('12: a body over the size limit is refused (413)', () => unchanged(patch(add, { body: `[${' '.repeat(MAX_BODY)}]` }), 413, 'too-large'));
  it('12: a body that is not JSON is refused (400)', () => unchanged(patch(add, { body: '[{"op":' }), 400, 'malformed-json'));
  it('12: an edit without If-Match is refused (428)', () => unchanged(patch(add, { ifMatch: null }), 428, 'version-required'));
  it('12: an edit against an older version is refused (409) with the current version', async () => {
    const r = await unchanged(patch(add, { ifMatch: `"${'0'.repeat(64)}"` }), 409, 'version-conflict');
    expect(r.json().version).toBe(version());
  });
  it('12: a file changed on disk after the page read it → 409', async () => {
    const seen = version();
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"A made-up newspaper of the tests."', '"Changed in an editor."'));
    await unchanged(patch(add, { ifMatch: `"${seen}"` }), 409, 'version-conflict');
    expect(readFileSync(file, 'utf8')).toContain('Changed in an editor.');
  });
  it('12: a body that is not a JSON Patch is refused (422 invalid-patch)', () => unchanged(patch({ op: 'add' }), 422, 'invalid-patch'));
  it('12: a patch whose path is missing is refused whole (422 invalid-patch)', () =>
    unchanged(patch([...add, { op: 'remove', path: '/nodes/99' }]), 422, 'invalid-patch'));
  it('12: an edit the loader refuses → 422 with its coded problems (quote-not-found, beside its place)', async () => {
    const r = await unchanged(
      patch([{ op: 'add', path: '/nodes/-', value: { ...council, id: 'org/harbour-board', mentions: [{ exact: 'Portvale Counsil' }] } }]),
      422,
      'invalid-edit',
    );
    expect(r.json().problems).toEqual([
      expect.objectContaining({ code: 'quote-not-found', where: 'nodes[2].mentions[0]', file: `stories/${ID}/annotations.json` }),
    ]);
  });
  it('12: an unknown key → 422 unknown-key; a relation the model does not allow → 422 relation-type-not-allowed', async () => {
    const r1 = await unchanged(patch([{ op: 'add', path: '/nodes/0/labl', value: 'x' }]), 422, 'invalid-edit');
    expect(r1.json().problems?.[0]).toMatchObject({ code: 'unknown-key', where: 'nodes[0].labl' });
    const rel = {
      id: 'rel/x',
      type: 'participant',
      source: 'org/gull-gazette',
      target: 'org/portvale-council',
      evidence: [{ exact: 'met' }],
      factuality: 'asserted',
    };
    const r2 = await unchanged(patch([{ op: 'add', path: '/relations/-', value: rel }]), 422, 'invalid-edit');
    expect(r2.json().problems?.map((p) => p.code)).toContain('relation-type-not-allowed');
  });
  it('12: a prototype key in a patch stays data, and the loader refuses it as an unknown key', async () => {
    const r = await unchanged(patch([{ op: 'add', path: '/nodes/0/__proto__', value: { polluted: true } }]), 422, 'invalid-edit');
    expect(r.json().problems?.[0]?.code).toBe('unknown-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('12: serve --edit', () => {
  it('12: --edit listens on loopback only (exit 2, edit-needs-loopback)', () => {
    const r = runCli(['serve', '--edit', '--host', '0.0.0.0', '--port', '0', '--data', FIXTURE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('edit-needs-loopback');
  });
});
