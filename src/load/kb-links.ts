// The corpus's checked Wikidata links (data/kb-links.tsv): node id → Wikidata id and status. A
// node's `kb` may name only an id this table gives, with the same status, so an unverified link
// never reaches users. Without the table (a corpus of one's own) `kb` ids are not checked.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedStory } from './load-story.js';
import type { Problem } from './problem.js';

export const KB_LINKS_FILE = 'kb-links.tsv';
const HEADER = ['id', 'wikidata', 'status'];

export interface KbEntry {
  wikidata: string;
  status: 'confirmed' | 'weak';
}

export function parseKbLinks(file: string, text: string): { links: Map<string, KbEntry>; problems: Problem[] } {
  const links = new Map<string, KbEntry>();
  const problems: Problem[] = [];
  const bad = (line: number, message: string) => problems.push({ file, where: `line ${line}:1`, code: 'kb-table-invalid', message });
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      if (cells.join('\t') !== HEADER.join('\t')) bad(i + 1, `expected the header ${JSON.stringify(HEADER.join('\t'))}`);
      header = true;
      return;
    }
    const [id = '', wikidata = '', status = ''] = cells;
    if (cells.length !== 3) bad(i + 1, `expected 3 tab-separated cells (id, wikidata, status), found ${cells.length}`);
    else if (!/^Q\d+$/.test(wikidata)) bad(i + 1, `${JSON.stringify(wikidata.slice(0, 40))} is not a Wikidata id (Q followed by digits)`);
    else if (status !== 'confirmed' && status !== 'weak') bad(i + 1, `status ${JSON.stringify(status.slice(0, 40))}: expected confirmed or weak`);
    else if (links.has(id)) bad(i + 1, `${id} is listed twice`);
    else links.set(id, { wikidata, status });
  });
  return { links, problems };
}

/** Reads the data folder's table; undefined when it has none. */
export function readKbLinks(dataDir: string): { links: Map<string, KbEntry>; problems: Problem[] } | undefined {
  const file = join(dataDir, KB_LINKS_FILE);
  if (!existsSync(file)) return undefined;
  return parseKbLinks(file, readFileSync(file, 'utf8'));
}

/** Every node whose `kb` names an id or status the table does not give. */
export function kbProblems(stories: readonly LoadedStory[], links: ReadonlyMap<string, KbEntry>, annotationsFile: (story: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const { story, nodes, nodeWhere } of stories) {
    nodes.forEach((attrs, id) => {
      const kb = attrs.kb;
      if (!kb || kb.status === 'unlinked') return;
      const entry = links.get(id);
      if (entry?.wikidata === kb.wikidata && entry.status === kb.status) return;
      const told = entry ? `the table gives ${entry.wikidata} (${entry.status})` : 'the table has no link for it: leave it unlinked ("not yet checked")';
      problems.push({
        file: annotationsFile(story.id),
        where: `${nodeWhere.get(id) ?? 'nodes'}.kb`,
        code: 'kb-not-checked',
        message: `${id}: ${kb.wikidata} (${kb.status}) is not a checked link in ${KB_LINKS_FILE}; ${told}`,
      });
    });
  }
  return problems;
}
