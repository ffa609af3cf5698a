// Reads back the Cypher literals the cypher export writes (maps, lists, strings with escapes,
// numbers, booleans), so the tests can check that every value survives escaping.
export type CypherValue = string | number | boolean | null | CypherValue[] | { [k: string]: CypherValue };

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', "'": "'", '"': '"', '\\': '\\' };

/** Parses the literal at `at`; returns its value and where it ends. */
export function parseLiteral(src: string, at: number): { value: CypherValue; end: number } {
  let i = at;
  const ws = () => {
    while (/\s/.test(src[i] ?? '')) i++;
  };
  const value = (): CypherValue => {
    ws();
    const c = src[i];
    if (c === "'") {
      let out = '';
      i++;
      while (src[i] !== "'") {
        if (i >= src.length) throw new Error('unterminated string');
        if (src[i] === '\\') {
          const e = src[i + 1]!;
          if (e === 'u') {
            out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (e in ESCAPES) {
            out += ESCAPES[e];
            i += 2;
          } else throw new Error(`bad escape \\${e} at ${i}`);
        } else out += src[i++];
      }
      i++;
      return out;
    }
    if (c === '[' || c === '{') {
      const close = c === '[' ? ']' : '}';
      const list: CypherValue[] = [];
      const map: Record<string, CypherValue> = {};
      i++;
      ws();
      while (src[i] !== close) {
        if (c === '{') {
          ws();
          let key: string;
          if (src[i] === '`') {
            const e = src.indexOf('`', i + 1);
            key = src.slice(i + 1, e);
            i = e + 1;
          } else {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
            key = m[0];
            i += key.length;
          }
          ws();
          if (src[i++] !== ':') throw new Error(`expected : at ${i}`);
          map[key] = value();
        } else list.push(value());
        ws();
        if (src[i] === ',') i++;
        ws();
      }
      i++;
      return c === '[' ? list : map;
    }
    const m = /^(true|false|null|-?\d+(\.\d+)?)/.exec(src.slice(i));
    if (!m) throw new Error(`unexpected ${JSON.stringify(src.slice(i, i + 20))} at ${i}`);
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const v = value();
  return { value: v, end: i };
}
