// The page's side of the edit API (src/web/edit-api.ts): the per-launch secret is read from the
// page's meta tag (serve --edit put it there) and sent as a header, never in a URL. A change is
// kept in localStorage until the server confirms it, so a reload or a crash loses nothing.
import type { JsonValue, PatchOp } from '../../../src/text/json-patch.js';

export interface ServerProblem {
  file: string;
  where: string;
  code: string;
  message: string;
}

export type SaveResult =
  | { ok: true; version: string }
  | { ok: false; status: 409; version: string; message: string }
  | { ok: false; status: 422; code: string; message: string; problems: ServerProblem[] }
  | { ok: false; status: number; code: string; message: string };

export interface Pending {
  story: string;
  base: string;
  patch: PatchOp[];
  label: string;
}

const PENDING = 'storygraph-edit-pending';
const secret = (): string => document.querySelector<HTMLMetaElement>('meta[name="storygraph-edit"]')?.content ?? '';
const url = (story: string) => `api/stories/${encodeURIComponent(story)}`;

export async function readStory(story: string): Promise<{ version: string; annotations: JsonValue }> {
  const res = await fetch(url(story), { headers: { 'X-Storygraph-Secret': secret() }, cache: 'no-store' });
  if (!res.ok) throw new Error(`${story}: the server refused to read it (${res.status})`);
  return (await res.json()) as { version: string; annotations: JsonValue };
}

export function pendingChanges(): Pending[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(PENDING) ?? '[]');
    return Array.isArray(v) ? (v as Pending[]) : [];
  } catch {
    return [];
  }
}

function keepPending(list: Pending[]): void {
  if (list.length) localStorage.setItem(PENDING, JSON.stringify(list));
  else localStorage.removeItem(PENDING);
}

export function dropPending(p: Pending): void {
  keepPending(pendingChanges().filter((x) => !(x.story === p.story && x.base === p.base && JSON.stringify(x.patch) === JSON.stringify(p.patch))));
}

/** Sends a change; it stays in localStorage until the server has answered that it is saved or refused. */
export async function saveChange(p: Pending): Promise<SaveResult> {
  keepPending([...pendingChanges().filter((x) => x.story !== p.story), p]);
  let res: Response;
  try {
    res = await fetch(url(p.story), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json', 'If-Match': `"${p.base}"`, 'X-Storygraph-Secret': secret() },
      body: JSON.stringify(p.patch),
    });
  } catch (e) {
    return {
      ok: false,
      status: 0,
      code: 'offline',
      message: `the server did not answer (${e instanceof Error ? e.message : String(e)}); the change is kept in this browser`,
    };
  }
  const body = (await res.json().catch(() => ({}))) as { version?: string; error?: { code: string; message: string }; problems?: ServerProblem[] };
  if (res.ok) {
    dropPending(p);
    return { ok: true, version: body.version ?? '' };
  }
  // A refusal is final for this change: it is not kept (409 and 422 show what to do instead).
  if (res.status === 409 || res.status === 422) dropPending(p);
  if (res.status === 409) return { ok: false, status: 409, version: body.version ?? '', message: body.error?.message ?? 'changed elsewhere' };
  if (res.status === 422)
    return { ok: false, status: 422, code: body.error?.code ?? 'invalid-edit', message: body.error?.message ?? '', problems: body.problems ?? [] };
  return { ok: false, status: res.status, code: body.error?.code ?? String(res.status), message: body.error?.message ?? res.statusText };
}
