// What the parts of edit mode share, passed to each explicitly: the explorer they edit (its graph,
// store and redraw), the session that saves changes, the little state edit mode keeps (the picked
// words, the start of a relation) and the few actions every form needs. No module keeps state.
import type cytoscape from 'cytoscape';
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import type { Selection, Store } from '../state.js';
import type { EditSession } from './edit-session.js';

/** The explorer edit mode works in (given by main.ts). */
export interface EditContext {
  graph: StoryGraph;
  store: Store;
  select(sel: Selection | null): void;
  reveal(ev: { story: string; start: number; end: number }): void;
  redraw(): Promise<void>;
  cy: cytoscape.Core;
}

/** A stretch of the story's text the curator picked (UTF-16 indexes). */
export interface Picked {
  story: string;
  start: number;
  end: number;
}

/** What edit mode remembers between actions: the picked words (set through setPicked) and the
 * node a relation starts from (set by S, cleared when the relation is saved). */
export interface EditState {
  picked: Picked | null;
  relationStart: string | null;
}

/** Opens the edit dialog with a form; submit resolves false to keep it open (not saved). */
export type OpenDialog = (
  title: string,
  body: HTMLElement[],
  submitText: string,
  submit: (form: HTMLFormElement) => Promise<boolean | undefined>,
) => HTMLFormElement;

/** The shared context of edit mode, made once by startEditMode and handed to every part. */
export interface Editing {
  host: EditContext;
  graph: StoryGraph;
  store: Store;
  session: EditSession;
  state: EditState;
  /** A line in the edit bar's status (aria-live). */
  say(text: string): void;
  /** The text of a story (the one shown by default). */
  storyText(story?: string): string;
  openDialog: OpenDialog;
  /** Picks words (or none) and shows the menu over them, near the given box. */
  setPicked(p: Picked | null, near?: DOMRect): void;
}
