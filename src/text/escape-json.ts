// A value as one visible line: JSON.stringify escapes C0 controls and lone surrogates, but not DEL,
// C1 controls, the line and paragraph separators (line breaks to some readers) or U+FFFE/U+FFFF.
export function escapeJson(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
