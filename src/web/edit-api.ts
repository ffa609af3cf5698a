// The edit API of `storygraph serve --edit`: the only requests that change a file. It answers on
// loopback only (serve refuses --edit with another --host), after the server's Host check, and
// refuses, in this order: a write without an Origin or with a foreign one (403), a request from
// another site (Sec-Fetch-Site, 403), a missing or wrong per-launch secret (403, the page holds it:
// it is injected into the served HTML, never put in a URL), a method the route does not take
// (405), a body that is not JSON (415) or larger than MAX_BODY (413), an edit without If-Match
// (428), an unknown story id (404); then the editor refuses a stale version (409) or an invalid
// result (422, with the loader's coded problems).
//
//   GET   /api/stories/ID   → { id, version, annotations }       (ETag: "version")
//   PATCH /api/stories/ID   If-Match: "version", body: a JSON Patch → { id, version }
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { StoryEditor, EditRefusal } from '../edit/story-editor.js';

export const API_PREFIX = '/api/';
export const SECRET_HEADER = 'x-storygraph-secret';
/** The largest body an edit may have: a patch, not a corpus. */
export const MAX_BODY = 1024 * 1024;
const STORY_ROUTE = /^\/api\/stories\/([a-z0-9][a-z0-9-]{0,199})$/;

export interface EditApi {
  secret: string;
  editor: StoryEditor;
  /** Called after a change was written, with the new graph, before the answer is sent. */
  changed(graph: ReturnType<StoryEditor['graph']>): void;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>) =>
  send(res, status, { error: { code, message } }, headers);

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the body up to MAX_BODY bytes; undefined when it is larger (the rest is not read). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendRefusal(res: ServerResponse, r: EditRefusal): void {
  if (r.status === 409) {
    send(res, 409, { error: { code: r.code, message: r.message }, version: r.version }, { ETag: `"${r.version}"` });
    return;
  }
  if (r.code === 'invalid-edit') {
    send(res, 422, { error: { code: r.code, message: r.message }, problems: r.problems });
    return;
  }
  refuse(res, r.status, r.code, r.message);
}

// Edits are applied one at a time: the version check and the write of one finish before the next.
let queue: Promise<unknown> = Promise.resolve();

export async function handleEditRequest(req: IncomingMessage, res: ServerResponse, api: EditApi): Promise<void> {
  const host = req.headers.host ?? '';
  const origin = req.headers.origin;
  const writes = req.method !== 'GET' && req.method !== 'HEAD';
  // Browsers send Origin with every write and with cross-origin reads; same-origin reads may omit it.
  if ((writes && origin === undefined) || (origin !== undefined && origin !== `http://${host}`)) {
    refuse(res, 403, 'bad-origin', `Origin ${origin === undefined ? '(none)' : JSON.stringify(origin.slice(0, 120))} is not this server's (http://${host})`);
    return;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    refuse(res, 403, 'bad-origin', `a request from another site (Sec-Fetch-Site: ${JSON.stringify(String(site).slice(0, 40))})`);
    return;
  }
  if (!sameSecret(req.headers[SECRET_HEADER], api.secret)) {
    refuse(res, 403, 'bad-secret', `the ${SECRET_HEADER} header is missing or wrong: edits come only from the page this server launched with`);
    return;
  }
  const route = STORY_ROUTE.exec((req.url ?? '').split('?', 1)[0] ?? '');
  if (!route) {
    refuse(res, 404, 'not-found', 'no such API route');
    return;
  }
  const id = route[1]!;
  if (req.method !== 'GET' && req.method !== 'PATCH') {
    refuse(res, 405, 'method-not-allowed', `${String(req.method).slice(0, 20)} is not allowed here (GET, PATCH)`, { Allow: 'GET, PATCH' });
    return;
  }
  if (req.method === 'GET') {
    const r = api.editor.read(id);
    if ('status' in r) {
      sendRefusal(res, r);
      return;
    }
    send(res, 200, r, { ETag: `"${r.version}"` });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/json-patch+json') {
    refuse(res, 415, 'bad-content-type', `Content-Type ${JSON.stringify(type.slice(0, 80))}: expected application/json-patch+json`);
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    refuse(res, 413, 'too-large', `the body is larger than ${MAX_BODY} bytes`);
    return;
  }
  let patch: unknown;
  try {
    patch = JSON.parse(body.toString('utf8'));
  } catch {
    refuse(res, 400, 'malformed-json', 'the body is not JSON');
    return;
  }
  const ifMatch = /^(?:W\/)?"([0-9a-f]{64})"$/.exec(String(req.headers['if-match'] ?? '').trim());
  if (!ifMatch) {
    refuse(res, 428, 'version-required', 'If-Match must give the version ("sha256") of annotations.json the change was made against');
    return;
  }
  const run = queue.then(() => {
    const out = api.editor.apply(id, ifMatch[1]!, patch);
    if (out.ok) api.changed(out.graph);
    return out;
  });
  queue = run.catch(() => undefined);
  const out = await run;
  if (!out.ok) {
    sendRefusal(res, out.refusal);
    return;
  }
  send(res, 200, { id, version: out.version }, { ETag: `"${out.version}"` });
}
