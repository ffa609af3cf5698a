// The review queue panel: the drafts (from storygraph add) waiting in the story shown, how many are
// reviewed, and accept, correct or reject for the one shown. The queue is read again after every
// save; the position in it is kept by this panel alone.
import { clear, el } from '../dom.js';
import type { Editing } from './edit-context.js';
import { decide, reject, reviewQueue, type DraftItem } from './review-queue.js';

export interface ReviewPanel {
  /** Reads the queue again from the story's document and redraws the panel. */
  refresh(): Promise<void>;
  /** Opens or closes the panel (R); opening selects the draft shown. */
  toggle(): void;
  /** Next (1) or previous (-1) draft (J / K). */
  move(step: number): void;
  /** Accept (A) or reject (X) the draft shown. */
  decideCurrent(decision: 'accepted' | 'rejected'): Promise<void>;
  readonly open: boolean;
  /** The panel is open on a draft (E then corrects it). */
  readonly onDraft: boolean;
  readonly length: number;
  readonly index: number;
}

/** The panel in the section given, its toggle button and what Correct (E) does. */
export function reviewPanel(ed: Editing, panel: HTMLElement, toggleBtn: HTMLElement, correct: () => void): ReviewPanel {
  let queueIndex = 0;
  let queue: DraftItem[] = [];
  let progress = { reviewed: 0, total: 0 };

  async function refresh(): Promise<void> {
    const doc = await ed.session.load(ed.store.state.story);
    const q = reviewQueue(doc);
    queue = q.waiting;
    progress = { reviewed: q.reviewed, total: q.total };
    if (queueIndex >= queue.length) queueIndex = Math.max(0, queue.length - 1);
    render();
  }

  function render(): void {
    clear(panel);
    if (panel.hidden) return;
    const item = queue[queueIndex];
    const btn = (id: string, text: string, key: string, fn: () => void, enabled = true) => {
      const b = el('button', { type: 'button', id, 'aria-keyshortcuts': key, disabled: !enabled }, text);
      b.addEventListener('click', fn);
      return b;
    };
    panel.append(
      el('p', { id: 'review-progress', class: 'review-progress' }, `${progress.reviewed} of ${progress.total} reviewed`),
      el(
        'p',
        { id: 'review-current', class: 'review-current' },
        item ? `Draft ${queueIndex + 1} of ${queue.length} waiting: ${item.label} (${item.id})` : 'No drafts waiting',
      ),
      btn('review-prev', 'Previous (K)', 'K', () => move(-1), queueIndex > 0),
      btn('review-next', 'Next (J)', 'J', () => move(1), queueIndex < queue.length - 1),
      btn('review-accept', 'Accept (A)', 'A', () => void decideCurrent('accepted'), !!item),
      btn('review-correct', 'Correct (E)', 'E', correct, !!item),
      btn('review-reject', 'Reject (X)', 'X', () => void decideCurrent('rejected'), !!item),
    );
  }

  function showCurrent(): void {
    const item = queue[queueIndex];
    if (item && (item.kind === 'node' ? ed.graph.hasNode(item.id) : ed.graph.hasEdge(item.id))) ed.host.select({ kind: item.kind, id: item.id });
    render();
  }

  function move(step: number): void {
    if (!queue.length) return;
    queueIndex = Math.max(0, Math.min(queue.length - 1, queueIndex + step));
    showCurrent();
  }

  async function decideCurrent(decision: 'accepted' | 'rejected'): Promise<void> {
    const item = queue[queueIndex];
    if (!item) return;
    const ok = await ed.session.change(ed.store.state.story, `${decision === 'accepted' ? 'accept' : 'reject'} ${item.id}`, (doc) => {
      if (decision === 'accepted') decide(doc, item, 'accepted');
      else reject(doc, item);
    });
    if (ok) showCurrent();
  }

  function toggle(): void {
    panel.hidden = !panel.hidden;
    toggleBtn.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) void refresh().then(showCurrent);
  }

  return {
    refresh,
    toggle,
    move,
    decideCurrent,
    get open() {
      return !panel.hidden;
    },
    get onDraft() {
      return !panel.hidden && !!queue[queueIndex];
    },
    get length() {
      return queue.length;
    },
    get index() {
      return queueIndex;
    },
  };
}
