// The fixture corpus as the corpus tests see it: the CLI's --json answers on its data folder (what
// the page must agree with), its stories' titles, and waiting until the article pane shows a story.
import type { Page } from 'playwright-core';
import type { StoryRow } from '../../../src/queries/stories.js';
import { runCli } from '../../support/cli.js';

export function corpusPage(data: string) {
  const cliJson = <T>(...args: string[]): T => {
    const r = runCli([...args, '--json', '--data', data]);
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as T;
  };
  const rows = cliJson<StoryRow[]>('stories');
  const titleOf = (id: string) => rows.find((r) => r.id === id)!.title;
  const waitForStory = (p: Page, id: string) =>
    p.waitForFunction((t) => document.getElementById('article-heading')?.textContent === `Article: ${t}`, titleOf(id));
  return { cliJson, rows, titleOf, waitForStory };
}
