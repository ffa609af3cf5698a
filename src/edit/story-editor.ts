// Applies a curator's change to a story's annotations.json: a JSON Patch against the version the
// curator saw, checked with the same loader as `validate` (the story, then the checks between
// stories and the graph build), laid out as curators write the file, and written atomically. Any
// refusal leaves the file as it was. Stories are named by id, from the stories loaded at launch,
// never by a path the client gives.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildGraph, type StoryGraph } from '../graph/build-graph.js';
import { loadStory, type LoadedStory } from '../load/load-story.js';
import { DataError, type Problem } from '../load/problem.js';
import { crossStoryProblems, STORIES_DIR } from '../load/story-dirs.js';
import { STORY_FILES } from '../model/story-file-names.js';
import { layoutJson } from '../text/json-layout.js';
import { applyPatch, isPatch, PatchError, type JsonValue } from '../text/json-patch.js';
import { fileVersion } from './version.js';
import { writeFileAtomic } from './write-atomic.js';

/** Why an edit was refused, as the HTTP layer answers it. */
export type EditRefusal =
  | { status: 404; code: 'unknown-story'; message: string }
  | { status: 409; code: 'version-conflict'; message: string; version: string }
  | { status: 422; code: 'invalid-patch'; message: string }
  | { status: 422; code: 'invalid-edit'; message: string; problems: Problem[] };

export type EditOutcome = { ok: true; version: string; graph: StoryGraph } | { ok: false; refusal: EditRefusal };

export interface StoryFile {
  id: string;
  version: string;
  annotations: JsonValue;
}

export class StoryEditor {
  private readonly stories: Map<string, LoadedStory>;

  constructor(
    private readonly dataDir: string,
    loaded: readonly LoadedStory[],
  ) {
    this.stories = new Map(loaded.map((s) => [s.story.id, s]));
  }

  has(id: string): boolean {
    return this.stories.has(id);
  }

  ids(): string[] {
    return [...this.stories.keys()];
  }

  private file(id: string): string {
    return join(this.dataDir, STORIES_DIR, id, STORY_FILES.annotations);
  }

  /** The file as it is on disk now, with its version. */
  read(id: string): StoryFile | EditRefusal {
    if (!this.has(id)) return unknownStory(id);
    const bytes = readFileSync(this.file(id));
    return { id, version: fileVersion(bytes), annotations: JSON.parse(bytes.toString('utf8')) as JsonValue };
  }

  graph(): StoryGraph {
    return buildGraph([...this.stories.values()], this.dataDir);
  }

  apply(id: string, baseVersion: string, patch: unknown): EditOutcome {
    if (!this.has(id)) return { ok: false, refusal: unknownStory(id) };
    const file = this.file(id);
    const bytes = readFileSync(file);
    const current = fileVersion(bytes);
    if (current !== baseVersion) return { ok: false, refusal: conflict(current) };
    if (!isPatch(patch))
      return {
        ok: false,
        refusal: {
          status: 422,
          code: 'invalid-patch',
          message: 'the body is not a JSON Patch (RFC 6902): an array of operations, each with op, path and value or from',
        },
      };
    let next: JsonValue;
    try {
      next = applyPatch(JSON.parse(bytes.toString('utf8')) as JsonValue, patch);
    } catch (e) {
      if (e instanceof PatchError) return { ok: false, refusal: { status: 422, code: 'invalid-patch', message: e.message } };
      throw e;
    }
    const text = Buffer.from(layoutJson(next));
    const dir = join(this.dataDir, STORIES_DIR, id);
    const r = loadStory(dir, { annotations: text });
    const problems = [...r.problems];
    let graph: StoryGraph | undefined;
    if (r.story) {
      const stories = [...this.stories.values()].map((s) => (s.story.id === id ? r.story! : s));
      problems.push(...crossStoryProblems(stories, this.dataDir));
      if (!problems.length) {
        try {
          graph = buildGraph(stories, this.dataDir);
        } catch (e) {
          if (e instanceof DataError) problems.push(...e.problems);
          else throw e;
        }
      }
    }
    if (problems.length || !r.story || !graph) {
      const shown = problems.map((p) => ({ ...p, file: this.shownPath(p.file) }));
      return {
        ok: false,
        refusal: {
          status: 422,
          code: 'invalid-edit',
          message: `the change would make the story invalid (${shown.length} ${shown.length === 1 ? 'problem' : 'problems'})`,
          problems: shown,
        },
      };
    }
    // The file may have changed while the story was checked: look once more before replacing it.
    const again = fileVersion(readFileSync(file));
    if (again !== current) return { ok: false, refusal: conflict(again) };
    writeFileAtomic(file, text);
    this.stories.set(id, r.story);
    return { ok: true, version: fileVersion(text), graph };
  }

  /** A problem's file as the page shows it: relative to the data folder, never an absolute path. */
  private shownPath(file: string): string {
    const rel = relative(this.dataDir, file);
    return rel.startsWith('..') ? (file.split(sep).pop() ?? file) : rel.split(sep).join('/');
  }
}

const unknownStory = (id: string): EditRefusal => ({
  status: 404,
  code: 'unknown-story',
  message: `no story ${JSON.stringify(id.slice(0, 120))} was loaded by this server`,
});
const conflict = (version: string): EditRefusal => ({
  status: 409,
  code: 'version-conflict',
  version,
  message: 'annotations.json changed since this page read it (another tab, an editor or git): reload to see the file as it is now',
});
