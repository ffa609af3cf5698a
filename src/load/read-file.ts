// Reads one file of a story folder; a missing file, a folder in its place or a read error
// becomes a problem naming the file, never an exception.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Problem } from './problem.js';

export function readStoryFile(file: string, problems: Problem[]): Buffer | undefined {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) {
      problems.push({ file, where: '', code: 'story-file-missing', message: `the story folder has no ${basename(file)}` });
      return undefined;
    }
    if (!stat.isFile()) {
      problems.push({ file, where: '', code: 'story-file-missing', message: `${basename(file)} is not a file` });
      return undefined;
    }
    return readFileSync(file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    problems.push({ file, where: '', code: 'file-unreadable', message: `cannot read ${basename(file)} (${reason})` });
    return undefined;
  }
}
