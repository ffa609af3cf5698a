// W3C Web Annotation offsets count Unicode code points; JavaScript strings index UTF-16 units.
// These helpers convert between the two so astral characters (emoji, rare CJK) count as one.

/** Code-point length of a string. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * A text with a lazily built map between UTF-16 indexes and code-point offsets, so that many
 * conversions on one text stay linear.
 */
export class CodePointText {
  readonly text: string;
  private cpAt?: Uint32Array; // utf16 index -> code-point offset (length text.length + 1)
  private unitAt?: Uint32Array; // code-point offset -> utf16 index (length cpLength + 1)

  constructor(text: string) {
    this.text = text;
  }

  private build(): void {
    const cpAt = new Uint32Array(this.text.length + 1);
    const units: number[] = [];
    let cp = 0;
    for (let i = 0; i < this.text.length; i++) {
      cpAt[i] = cp;
      units.push(i);
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cpAt[i + 1] = cp; // a low surrogate belongs to the same code point
          i++;
        }
      }
      cp++;
    }
    cpAt[this.text.length] = cp;
    units.push(this.text.length);
    this.cpAt = cpAt;
    this.unitAt = Uint32Array.from(units);
  }

  /** Number of code points. */
  get length(): number {
    if (!this.unitAt) this.build();
    return this.unitAt!.length - 1;
  }

  toCodePoint(utf16Index: number): number {
    if (!this.cpAt) this.build();
    return this.cpAt![utf16Index]!;
  }

  toUtf16(cpOffset: number): number {
    if (!this.unitAt) this.build();
    return this.unitAt![cpOffset]!;
  }

  /** Slice by code-point offsets, end-exclusive. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
