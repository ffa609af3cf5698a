// New claim (C): the picked words are its cue; the form asks for its label, content, speech act,
// factuality and attribution chain, level by level (the speaker first, the publisher last), each
// level's cue found in the article before anything is saved.
import { ATTRIBUTION_ROLES, type AttributionLink } from '../../../src/model/annotation-fields.js';
import { FACTUALITY_VALUES, type Factuality } from '../../../src/model/factuality.js';
import { SPEECH_ACT_VALUES, type SpeechAct } from '../../../src/model/speech-acts.js';
import { el } from '../dom.js';
import { needPicked } from './article-pick.js';
import { nodeOptions } from './dialog.js';
import { addClaim } from './doc-changes.js';
import type { Editing } from './edit-context.js';
import { checkbox, checkedOf, fieldValue, input, select, textarea } from './form-parts.js';
import { findWords, quoteFor } from './quote-for.js';

/** A row of the attribution chain: the agent, its role, the words that attribute it, explicit or implied. */
function chainRow(i: number, agent = '', role: string = i === 0 ? 'speaker' : 'publisher', cue = '', list?: HTMLElement): HTMLElement {
  return el(
    'fieldset',
    { class: 'ef-chain', 'data-level': i },
    el('legend', {}, `Level ${i + 1}${i === 0 ? ' (the speaker)' : ''}`),
    input(`agent.${i}`, 'Agents (ids; joint speakers separated by commas)', agent, list ? { list: list.id } : {}),
    select(`role.${i}`, 'Role', ATTRIBUTION_ROLES, role),
    input(`cue.${i}`, 'Attributed by the words', cue),
    checkbox(`explicit.${i}`, 'Stated explicitly (not only implied)', true),
  );
}

/** The chain as typed: levels with neither agent nor cue are skipped; a cue must be in the text. */
function chainOf(form: HTMLFormElement, levels: number, text: string): AttributionLink[] {
  const attribution: AttributionLink[] = [];
  for (let i = 0; i < levels; i++) {
    const agent = fieldValue(form, `agent.${i}`);
    const cueWords = fieldValue(form, `cue.${i}`);
    if (!agent && !cueWords) continue;
    const hit = findWords(text, cueWords);
    if (!hit) throw new Error(`level ${i + 1}: “${cueWords}” is not in the article`);
    attribution.push({
      agents: agent
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      role: fieldValue(form, `role.${i}`) as AttributionLink['role'],
      cue: quoteFor(text, hit.start, hit.end),
      explicit: checkedOf(form, `explicit.${i}`),
    });
  }
  return attribution;
}

export function openClaim(ed: Editing): void {
  const p = needPicked(ed);
  if (!p) return;
  const { graph, session } = ed;
  const text = ed.storyText(p.story);
  const words = text.slice(p.start, p.end);
  // The chain starts as speaker (cued by the picked words) and publisher (the story's, cued by its name where the text has it).
  const publisher = graph.getAttribute('stories').find((s) => s.id === p.story)?.publisher ?? '';
  const publisherName = publisher && graph.hasNode(publisher) ? graph.getNodeAttribute(publisher, 'label') : '';
  const list = nodeOptions(graph, ['person', 'organization', 'country', 'event', 'article']);
  const chain = el(
    'div',
    { class: 'ef-chain-list' },
    chainRow(0, '', 'speaker', words, list),
    chainRow(1, publisher, 'publisher', text.includes(publisherName) ? publisherName : '', list),
  );
  const more = el('button', { type: 'button', id: 'edit-chain-add' }, 'Add a level');
  more.addEventListener('click', () => {
    const row = chainRow(chain.children.length, '', 'publisher', '', list);
    chain.append(row);
    row.querySelector('input')?.focus();
  });
  ed.openDialog(
    `New claim, cue “${words}”`,
    [
      list,
      input('label', 'Label', ''),
      textarea('content', 'Content (what is claimed, in your words)', ''),
      input('quote', 'Verbatim quote (optional: words of the article)', ''),
      select('act', 'Speech act', SPEECH_ACT_VALUES, 'assert'),
      select('factuality', 'Factuality', FACTUALITY_VALUES, 'reported'),
      el('p', { class: 'ef-hint' }, 'The attribution chain, level by level: the speaker first, the article (publisher) last.'),
      chain,
      more,
    ],
    'Save claim',
    async (form) => {
      const attribution = chainOf(form, chain.children.length, text);
      const quoteWords = fieldValue(form, 'quote');
      const qHit = quoteWords ? findWords(text, quoteWords) : undefined;
      if (quoteWords && !qHit) throw new Error(`the quote “${quoteWords}” is not in the article`);
      let made = '';
      const ok = await session.change(p.story, `new claim ${fieldValue(form, 'label')}`, (doc) => {
        made = addClaim(doc, {
          label: fieldValue(form, 'label'),
          content: fieldValue(form, 'content'),
          cue: quoteFor(text, p.start, p.end),
          quote: qHit ? quoteFor(text, qHit.start, qHit.end) : undefined,
          attribution,
          factuality: fieldValue(form, 'factuality') as Factuality,
          act: fieldValue(form, 'act') as SpeechAct,
        });
      });
      if (ok) ed.host.select({ kind: 'node', id: made });
      return ok;
    },
  );
}
