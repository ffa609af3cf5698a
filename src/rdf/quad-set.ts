// A set of triples that the RDF builders add to: duplicates collapse (a claim's attribution
// link is written from the claim and from its derived edge), and `sorted()` gives the one
// order every format writes (by subject, rdf:type first, then predicate and object).
import { DataFactory, termToId, type Literal, type NamedNode, type Quad } from 'n3';
import { t, type PrefixedName } from './vocabulary.js';
import { compareStrings as byString } from '../text/compare-strings.js';

const { literal, quad } = DataFactory;
type Object = NamedNode | Literal;

export const lit = {
  str: (v: string): Literal => literal(v),
  int: (v: number): Literal => literal(String(v), t('xsd:integer')),
  bool: (v: boolean): Literal => literal(String(v), t('xsd:boolean')),
  decimal: (v: number): Literal => literal(String(v), t('xsd:decimal')),
  date: (v: string): Literal => literal(v, t('xsd:date')),
};

const RDF_TYPE = t('rdf:type').value;

export class QuadSet {
  // subject → predicate → object id → triple. Nested maps hash each (shared) term once, where
  // one long key per triple would hash every triple's text again.
  private readonly subjects = new Map<string, Map<string, Map<string, Quad>>>();
  private count = 0;

  /** Adds a triple; a string object is a prefixed name (use `text()` for a string literal). */
  add(subject: NamedNode, predicate: NamedNode | PrefixedName, object: Object | PrefixedName): void {
    const p = typeof predicate === 'string' ? t(predicate) : predicate;
    const o = typeof object === 'string' ? t(object) : object;
    let predicates = this.subjects.get(subject.value);
    if (!predicates) this.subjects.set(subject.value, (predicates = new Map()));
    let objects = predicates.get(p.value);
    if (!objects) predicates.set(p.value, (objects = new Map()));
    const id = o.termType === 'NamedNode' ? o.value : termToId(o);
    if (!objects.has(id)) {
      objects.set(id, quad(subject, p, o));
      this.count++;
    }
  }

  /** Adds a plain string literal (never read as a prefixed name). */
  text(subject: NamedNode, predicate: NamedNode | PrefixedName, value: string | undefined): void {
    if (value !== undefined) this.add(subject, predicate, literal(value));
  }

  get size(): number {
    return this.count;
  }

  /** By subject, then predicate (rdf:type first), then object. */
  sorted(): Quad[] {
    const out: Quad[] = [];
    this.drainBelow(undefined, (q) => out.push(q));
    return out;
  }

  /**
   * Emits, in sorted order, the triples whose subject sorts before `limit` (all when undefined)
   * and forgets them: what streaming writers call once no later triple can sort before `limit`.
   */
  drainBelow(limit: string | undefined, emit: (q: Quad) => void): void {
    const below = limit === undefined ? [...this.subjects.keys()] : [...this.subjects.keys()].filter((s) => s < limit);
    for (const s of below.sort(byString)) {
      const predicates = this.subjects.get(s)!;
      const ps = [...predicates.keys()].sort((a, b) => (a === RDF_TYPE ? -1 : b === RDF_TYPE ? 1 : byString(a, b)));
      for (const p of ps) {
        const objects = predicates.get(p)!;
        for (const o of [...objects.keys()].sort(byString)) emit(objects.get(o)!);
        this.count -= objects.size;
      }
      this.subjects.delete(s);
    }
  }
}
