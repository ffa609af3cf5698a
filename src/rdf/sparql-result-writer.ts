// SELECT results written as they arrive, in the SPARQL 1.1 JSON, CSV and TSV results formats
// (byte for byte as oxigraph writes them, whichever engine answered), or as a table (which needs
// every row for its column widths: at most --max-rows). Text chunks are returned, not written,
// so the caller owns the output stream.
import { NS } from './namespaces.js';
import type { Binding } from './sparql-events.js';
import { selectTable, type JsonTerm } from './sparql-select.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

function csvTerm(t: JsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'uri') return t.value;
  return /["\n\r,]/.test(t.value) ? `"${t.value.replace(/"/g, '""')}"` : t.value;
}

const TSV_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '"': '\\"', '\\': '\\\\' };
const quoted = (s: string) => `"${s.replace(/[\t\n\r"\\]/g, (c) => TSV_ESCAPES[c]!)}"`;
/** Literals written bare in Turtle (and so in TSV): the datatype's own syntax. */
const BARE: Record<string, RegExp> = {
  [`${XSD}integer`]: /^[+-]?\d+$/,
  [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/,
  [`${XSD}double`]: /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/,
  [`${XSD}boolean`]: /^(?:true|false)$/,
};

function tsvTerm(t: JsonTerm | undefined): string {
  if (!t) return '';
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'uri') return `<${t.value}>`;
  const lang = (t as JsonTerm & { 'xml:lang'?: string })['xml:lang'];
  if (lang) return `${quoted(t.value)}@${lang}`;
  const datatype = (t as JsonTerm & { datatype?: string }).datatype;
  if (!datatype || datatype === `${XSD}string`) return quoted(t.value);
  if (BARE[datatype]?.test(t.value)) return t.value;
  return `${quoted(t.value)}^^<${datatype}>`;
}

/** A binding's keys in the head's order (as oxigraph writes them). */
function ordered(vars: readonly string[], b: Binding): Binding {
  const out: Binding = {};
  for (const v of vars) if (b[v]) out[v] = b[v];
  return out;
}

export interface ResultWriter {
  head(vars: string[]): string;
  rows(rows: Binding[]): string;
  /** The closing text; `cut` says the rows stopped at `shown` rows, for the reason `why`. */
  end(cut: boolean, shown: number, why?: string): string;
}

export function resultWriter(format: string, prefixes: Record<string, string>, base: string): ResultWriter {
  let vars: string[] = [];
  let first = true;
  switch (format) {
    case 'json':
      return {
        head: (v) => ((vars = v), `{"head":{"vars":${JSON.stringify(v)}},"results":{"bindings":[`),
        rows: (rows) => rows.map((b) => `${first ? ((first = false), '') : ','}${JSON.stringify(ordered(vars, b))}`).join(''),
        end: () => ']}}\n',
      };
    case 'csv':
    case 'tsv': {
      const [sep, nl, term] = format === 'csv' ? [',', '\r\n', csvTerm] : ['\t', '\n', tsvTerm];
      return {
        head: (v) => ((vars = v), `${v.map((x) => (format === 'csv' ? x : `?${x}`)).join(sep)}${nl}`),
        rows: (rows) => rows.map((b) => `${vars.map((v) => term(b[v])).join(sep)}${nl}`).join(''),
        end: () => '',
      };
    }
    default: {
      const all: Binding[] = [];
      return {
        head: (v) => ((vars = v), ''),
        rows: (rows) => (all.push(...rows), ''),
        end: (cut, shown, why = `--max-rows ${shown}`) => {
          const text = selectTable({ head: { vars }, results: { bindings: all } }, { ...NS, ...prefixes }, base);
          return cut ? text.replace(/\d+ rows?\n$/, `the first ${shown} rows: more were cut (${why})\n`) : text;
        },
      };
    }
  }
}
