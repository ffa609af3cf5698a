// Story folders written atomically. Each story is staged in a hidden temp folder beside the
// others (`.add-ID-PID-xxxxxx`; the loader skips hidden folders), checked with the loader, and
// renamed into place only when every story of the run is staged; a failure removes what the run
// made. A process killed half-way (no clean-up runs) leaves at most hidden folders, which the next
// run sweeps: a staged story is removed, a replaced story moved aside (`.old-ID-PID-xxxxxx/ID`)
// whose new one never arrived is put back.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FILES } from '../model/story-files.js';
import { EXIT, StorygraphError, UsageError } from '../model/storygraph-error.js';
import { loadStory, type LoadedStory } from '../load/load-story.js';
import { formatProblem } from '../load/problem.js';
import { crashPoint } from './crash-point.js';

export interface Staged {
  id: string;
  tmp: string;
  story: LoadedStory;
}

const LEFTOVER = /^\.(add|old)-(.+)-(\d+)-[A-Za-z0-9]{6}$/;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes (or, for a replaced story, puts back) what a killed run left in the stories folder. */
export function sweepLeftovers(storiesDir: string): void {
  if (!existsSync(storiesDir)) return;
  for (const name of readdirSync(storiesDir)) {
    const m = LEFTOVER.exec(name);
    if (!m || Number(m[3]) === process.pid || alive(Number(m[3]))) continue;
    const [, kind, id] = m;
    const dir = join(storiesDir, name);
    if (kind === 'old' && existsSync(join(dir, id!)) && !existsSync(join(storiesDir, id!))) renameSync(join(dir, id!), join(storiesDir, id!));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Creates the stories folder if needed; returns the first folder it created (to remove on failure). */
export function ensureStoriesDir(storiesDir: string): string | undefined {
  return mkdirSync(storiesDir, { recursive: true });
}

/** Writes one story's files into a hidden temp folder and checks it with the loader. */
export function stageStory(storiesDir: string, id: string, files: Record<string, string | Buffer>): Staged {
  const tmp = mkdtempSync(join(storiesDir, `.add-${id}-${process.pid}-`));
  try {
    // The article first, the annotations last: the order a crash half-way would cut.
    const names = Object.keys(files).sort((a, b) => Number(a === STORY_FILES.annotations) - Number(b === STORY_FILES.annotations));
    for (const name of names) {
      writeFileSync(join(tmp, name), files[name]!);
      if (name === STORY_FILES.text) crashPoint('article-written');
    }
    const { story, problems } = loadStory(tmp);
    const real = problems.filter((p) => p.code !== 'story-id-mismatch');
    if (real.length || !story)
      throw new StorygraphError(
        'draft-invalid',
        `the draft of ${id} does not validate (a bug in the drafter):\n${real.map(formatProblem).join('\n')}`,
        EXIT.internal,
      );
    crashPoint('story-staged');
    return { id, tmp, story };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** Renames every staged story into place (replacing an existing one only with `replace`). */
export function commitStories(storiesDir: string, staged: Staged[], replace: boolean): void {
  for (const s of staged) {
    const final = join(storiesDir, s.id);
    if (existsSync(final) && !replace) throw new UsageError('story-exists', `${final}: a story with id ${s.id} exists (use --replace to replace it)`);
  }
  const left = new Set(staged);
  try {
    for (const s of staged) {
      const final = join(storiesDir, s.id);
      if (existsSync(final)) {
        const old = mkdtempSync(join(storiesDir, `.old-${s.id}-${process.pid}-`));
        renameSync(final, join(old, s.id));
        try {
          crashPoint('old-moved-aside');
          renameSync(s.tmp, final);
        } catch (e) {
          renameSync(join(old, s.id), final);
          rmSync(old, { recursive: true, force: true });
          throw e;
        }
        rmSync(old, { recursive: true, force: true });
      } else renameSync(s.tmp, final);
      left.delete(s);
    }
  } finally {
    // Stories not renamed in (a failure part-way) leave nothing behind.
    for (const s of left) rmSync(s.tmp, { recursive: true, force: true });
  }
}

/** Undoes a failed run: its staged folders, and the stories folder if the run created it. */
export function discardStaged(staged: Staged[], created: string | undefined): void {
  for (const s of staged) rmSync(s.tmp, { recursive: true, force: true });
  if (created) rmSync(created, { recursive: true, force: true });
}
