// A small valid story built in code, written into temp data folders: each bad-input test takes
// a fresh copy, breaks exactly one thing, and checks the problem that one thing causes.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import type { AnnotationFile, StoryMeta } from '../../src/model/index.js';

export const BASE_ID = 'base-story';

export const BASE_TEXT = [
  'Test talks end well',
  '',
  'BASETOWN (Base Wire) — Jane Roe met John Doe in Basetown on Monday. Roe said the talks went well.',
  '',
].join('\n');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type StoryFileName = 'article.txt' | 'story.json' | 'annotations.json';

export interface StoryFixture {
  id: string;
  /** The article; its sha256 goes into story.json unless `meta.sha256` is set. */
  article: string | Uint8Array;
  meta: JsonObject;
  annotations: JsonObject;
  /** Bytes to write instead of the generated file (malformed JSON, bad UTF-8). */
  raw?: Partial<Record<StoryFileName, string | Uint8Array>>;
  /** Files not to write at all. */
  omit?: StoryFileName[];
}

const meta = {
  id: BASE_ID,
  title: 'Test talks end well',
  publisher: 'org/base-wire',
  dateline: 'BASETOWN',
  published: { edtf: '2020-10-27', inferred: false },
  language: 'en',
  sha256: '0'.repeat(64), // replaced by the article's hash when written
} satisfies z.input<typeof StoryMeta>;

const kb = { status: 'unlinked', reason: 'test data' } as const;
const annotations = {
  article: { id: `article/${BASE_ID}`, mentions: [{ exact: 'Test talks end well' }] },
  nodes: [
    { id: 'org/base-wire', type: 'organization', label: 'Base Wire', mentions: [{ exact: 'Base Wire', kind: 'name' }], kb },
    { id: 'person/jane-roe', type: 'person', label: 'Jane Roe', mentions: [{ exact: 'Jane Roe', kind: 'name' }], kb },
    { id: 'person/john-doe', type: 'person', label: 'John Doe', mentions: [{ exact: 'John Doe', kind: 'name' }], kb },
    { id: 'city/basetown', type: 'city', label: 'Basetown', mentions: [{ exact: 'Basetown', kind: 'name' }], kb },
    {
      id: 'event/base-talks',
      type: 'event',
      label: 'The talks',
      eventType: 'meeting',
      factuality: 'asserted',
      mentions: [{ exact: 'met' }, { exact: 'the talks' }],
      time: { edtf: '2020-10-26', expression: 'on Monday', evidence: [{ exact: 'on Monday' }] },
    },
    {
      id: 'claim/roe-talks-went-well',
      type: 'claim',
      act: 'assert',
      label: 'Roe: the talks went well',
      content: 'The talks went well.',
      factuality: 'reported',
      cue: { exact: 'said' },
      quote: { exact: 'the talks went well' },
      mentions: [{ exact: 'Roe said the talks went well' }],
      attribution: [
        { agents: ['person/jane-roe'], role: 'speaker', cue: { exact: 'Roe said' } },
        { agents: ['org/base-wire'], role: 'publisher', cue: { exact: 'Base Wire' } },
      ],
    },
  ],
  relations: [
    {
      id: 'rel/talks-participant-roe',
      type: 'participant',
      source: 'event/base-talks',
      target: 'person/jane-roe',
      factuality: 'asserted',
      evidence: [{ exact: 'Jane Roe met' }],
    },
    {
      id: 'rel/talks-location',
      type: 'location',
      source: 'event/base-talks',
      target: 'city/basetown',
      factuality: 'asserted',
      evidence: [{ exact: 'in Basetown' }],
    },
    {
      id: 'rel/claim-about-talks',
      type: 'about',
      source: 'claim/roe-talks-went-well',
      target: 'event/base-talks',
      factuality: 'reported',
      evidence: [{ exact: 'the talks went well' }],
    },
  ],
  leftOut: [],
} satisfies z.input<typeof AnnotationFile>;

/** A fresh, deep copy of the valid base story. */
export function baseStory(): StoryFixture {
  return { id: BASE_ID, article: BASE_TEXT, meta: jsonCopy(meta), annotations: jsonCopy(annotations) };
}

/** A deep copy as plain JSON, which tests may then break in any way. */
function jsonCopy(value: object): JsonObject {
  const copy: JsonObject = JSON.parse(JSON.stringify(value));
  return copy;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Where a story's files go under a data folder. */
export function storyFile(dataDir: string, id: string, name: StoryFileName): string {
  return join(dataDir, 'stories', id, name);
}

export function writeStory(dataDir: string, fx: StoryFixture): void {
  const dir = join(dataDir, 'stories', fx.id);
  mkdirSync(dir, { recursive: true });
  const metaOut = fx.meta.sha256 === meta.sha256 ? { ...fx.meta, sha256: sha256(fx.article) } : fx.meta;
  const files: Record<StoryFileName, string | Uint8Array> = {
    'article.txt': fx.article,
    'story.json': `${JSON.stringify(metaOut, null, 2)}\n`,
    'annotations.json': `${JSON.stringify(fx.annotations, null, 2)}\n`,
    ...fx.raw,
  };
  for (const [name, data] of Object.entries(files)) {
    if (!fx.omit?.includes(name as StoryFileName)) writeFileSync(join(dir, name), data);
  }
}

const made: string[] = [];

/** A new empty temp folder; removeTempDirs() (in afterAll) deletes them all. */
export function tempDir(label = 'storygraph-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  made.push(dir);
  return dir;
}

/** A temp data folder holding the given stories. */
export function dataDirWith(...stories: StoryFixture[]): string {
  const dir = tempDir();
  for (const s of stories) writeStory(dir, s);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The JSON value at a path, for tests that break one field (throws on a wrong path: a test bug). */
export function at(root: Json, path: readonly (string | number)[]): Json {
  let v: Json = root;
  for (const k of path) {
    const next: Json | undefined =
      Array.isArray(v) && typeof k === 'number' ? v[k] : v !== null && typeof v === 'object' && !Array.isArray(v) && typeof k === 'string' ? v[k] : undefined;
    if (next === undefined) throw new Error(`test fixture has no ${path.join('.')}`);
    v = next;
  }
  return v;
}

/** Sets the JSON value at a path (the parent must exist). */
export function set(root: Json, path: readonly (string | number)[], value: Json): void {
  const parent = at(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && typeof key === 'string') parent[key] = value;
  else throw new Error(`test fixture cannot set ${path.join('.')}`);
}
