// The banner under the edit bar that says a change was not saved and why: the file changed elsewhere
// (409: reload, nothing is merged over it), the server found problems (shown in the open form, or
// here), or another error; and, after a reload, that a change kept in this browser was never
// confirmed by the server (send it now, or discard it).
import { clear, el } from '../dom.js';
import { dropPending, pendingChanges, type SaveResult } from './edit-client.js';
import type { EditSession } from './edit-session.js';
import { showProblems } from './form-parts.js';

export function saveBanner(): HTMLElement {
  return el('div', { id: 'edit-banner', class: 'edit-banner', role: 'alert', hidden: true });
}

/** Why the change labelled label was not saved (problems go into the dialog's form when it is open). */
export function showRefusal(banner: HTMLElement, dialog: HTMLDialogElement, r: Exclude<SaveResult, { ok: true }>, label: string): void {
  clear(banner);
  banner.hidden = false;
  if (r.status === 409) {
    const reload = el('button', { type: 'button', id: 'edit-reload' }, 'Reload');
    reload.addEventListener('click', () => location.reload());
    banner.dataset.kind = 'conflict';
    banner.append(
      el('span', {}, `Not saved (${label}): annotations.json changed elsewhere (another tab, an editor or git). Nothing was merged over it. `),
      reload,
    );
  } else if ('problems' in r) {
    const problems = r.problems;
    banner.dataset.kind = 'invalid';
    banner.append(el('span', {}, `Not saved (${label}): ${r.message}`));
    if (dialog.open) showProblems(dialog.querySelector('form')!, problems);
    else for (const p of problems) banner.append(el('p', { class: 'ef-problem', 'data-code': p.code }, el('code', {}, p.code), ` ${p.where}: ${p.message}`));
  } else {
    banner.dataset.kind = 'error';
    banner.append(el('span', {}, `Not saved (${label}): ${'code' in r ? r.code : r.status}: ${r.message}`));
  }
}

/** The first change kept from an earlier visit, not confirmed by the server: send it or drop it. */
export function offerPending(banner: HTMLElement, session: EditSession): void {
  for (const p of pendingChanges()) {
    clear(banner);
    banner.hidden = false;
    banner.dataset.kind = 'pending';
    const send = el('button', { type: 'button', id: 'edit-pending-send' }, 'Send it now');
    const drop = el('button', { type: 'button', id: 'edit-pending-drop' }, 'Discard it');
    send.addEventListener(
      'click',
      () =>
        void (async () => {
          await session.load(p.story, true);
          if (await session.resend(p.story, p.base, p.patch, p.label)) banner.hidden = true;
        })(),
    );
    drop.addEventListener('click', () => {
      dropPending(p);
      banner.hidden = true;
    });
    banner.append(el('span', {}, `A change was kept in this browser, not yet confirmed by the server: ${p.label}. `), send, drop);
    break;
  }
}
