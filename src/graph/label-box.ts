// The room a node needs on the canvas: its symbol plus its label below it. The layout reserves
// this box for each node, so labels are not piled up; the browser's style uses the same numbers.
import type { NodeType } from '../model/index.js';

export const LABEL_FONT_PX = 11;
export const LABEL_MAX_WIDTH = 120;
/** Average glyph width at LABEL_FONT_PX for the sans-serif UI font (an estimate, on purpose). */
const CHAR_PX = 6.2;
const LINE_PX = 14;

export function nodeSize(type: NodeType): number {
  return type === 'article' ? 40 : type === 'claim' || type === 'event' ? 30 : 26;
}

/** Lines a label wraps into at LABEL_MAX_WIDTH, estimated by words. */
export function labelLines(label: string): number {
  const perLine = Math.floor(LABEL_MAX_WIDTH / CHAR_PX);
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const len = Math.min(word.length, perLine);
    if (used > 0 && used + 1 + len > perLine) {
      lines++;
      used = len;
    } else used += (used > 0 ? 1 : 0) + len;
  }
  return Math.min(lines, 4);
}

/**
 * The box a node and its label take: the symbol on top, the label hanging below it. `dy` is how
 * far the symbol's centre sits above the box's centre (the layout places boxes).
 */
export function labelBox(fullLabel: string, type: NodeType): { width: number; height: number; dy: number } {
  const label = displayLabel(fullLabel);
  const size = nodeSize(type);
  const textWidth = Math.min(LABEL_MAX_WIDTH, label.length * CHAR_PX);
  const textHeight = labelLines(label) * LINE_PX + 3;
  return { width: Math.round(Math.max(size, textWidth) + 6), height: Math.round(size + textHeight), dy: Math.round(textHeight / 2) };
}

/** The label as the canvas shows it: at most LABEL_MAX_CHARS, cut at a word with an ellipsis. */
export const LABEL_MAX_CHARS = 34;
export function displayLabel(label: string): string {
  if (label.length <= LABEL_MAX_CHARS) return label;
  const cut = label.slice(0, LABEL_MAX_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_MAX_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
