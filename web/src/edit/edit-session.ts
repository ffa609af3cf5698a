// The curator's working copy of each story's annotations.json and the history of saved changes.
// A change is a function from the document to the next; its JSON Patch (diffJson) goes to the
// server against the version last read. Undo and redo are changes too (the patch back to the
// document before), saved like any other, so they work across saves and show in the file.
import { applyPatch, diffJson, type JsonValue, type PatchOp } from '../../../src/text/json-patch.js';
import type { AnnotationFile } from '../../../src/model/story-files.js';
import { readStory, saveChange, type SaveResult } from './edit-client.js';

export type Doc = AnnotationFile;
interface Step {
  story: string;
  before: JsonValue;
  after: JsonValue;
  label: string;
}

export interface SessionEvents {
  /** A change was saved: the graph data on the server is new. */
  saved(label: string): Promise<void>;
  refused(result: Exclude<SaveResult, { ok: true }>, label: string): void;
}

export class EditSession {
  private readonly docs = new Map<string, { version: string; doc: JsonValue }>();
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  busy = false;

  constructor(private readonly events: SessionEvents) {}

  async load(story: string, force = false): Promise<Doc> {
    let d = this.docs.get(story);
    if (!d || force) {
      const r = await readStory(story);
      d = { version: r.version, doc: r.annotations };
      this.docs.set(story, d);
    }
    return structuredClone(d.doc) as unknown as Doc;
  }

  version(story: string): string | undefined {
    return this.docs.get(story)?.version;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }
  get lastLabel(): string | undefined {
    return this.undoStack[this.undoStack.length - 1]?.label;
  }

  /** Makes the change and saves it; true once the server has written it. */
  async change(story: string, label: string, mutate: (doc: Doc) => void): Promise<boolean> {
    const doc = await this.load(story);
    mutate(doc);
    const ok = await this.send(story, doc as unknown as JsonValue, label);
    if (ok) this.redoStack.length = 0;
    return ok;
  }

  async undo(): Promise<boolean> {
    const step = this.undoStack.pop();
    if (!step) return false;
    const ok = await this.send(step.story, step.before, `undo: ${step.label}`, false);
    if (ok) this.redoStack.push(step);
    else this.undoStack.push(step);
    return ok;
  }

  async redo(): Promise<boolean> {
    const step = this.redoStack.pop();
    if (!step) return false;
    const ok = await this.send(step.story, step.after, `redo: ${step.label}`, false);
    if (ok) this.undoStack.push(step);
    else this.redoStack.push(step);
    return ok;
  }

  /** Sends a kept change again (after a reload), against the version it was made on. */
  async resend(story: string, base: string, patch: PatchOp[], label: string): Promise<boolean> {
    return this.post(story, base, patch, label, undefined);
  }

  private async send(story: string, next: JsonValue, label: string, record = true): Promise<boolean> {
    const cur = this.docs.get(story);
    if (!cur) throw new Error(`${story} is not loaded`);
    const patch = diffJson(cur.doc, next);
    if (!patch.length) return true;
    return this.post(story, cur.version, patch, label, record ? { story, before: cur.doc, after: next, label } : undefined, next);
  }

  private async post(story: string, base: string, patch: PatchOp[], label: string, step: Step | undefined, next?: JsonValue): Promise<boolean> {
    this.busy = true;
    try {
      const r = await saveChange({ story, base, patch, label });
      if (!r.ok) {
        this.events.refused(r, label);
        return false;
      }
      const cur = this.docs.get(story);
      const after = next ?? (cur ? applyPatch(cur.doc, patch) : undefined);
      if (after !== undefined) this.docs.set(story, { version: r.version, doc: after });
      if (step) this.undoStack.push(step);
      await this.events.saved(label);
      return true;
    } finally {
      this.busy = false;
    }
  }
}
