// A set of triples that the RDF builders add to: duplicates collapse (a claim's attribution
// link is written from the claim and from its derived edge), and `sorted()` gives the one
// order every format writes (by subject, rdf:type first, then predicate and object).
import { DataFactory, termToId, type Literal, type NamedNode, type Quad } from 'n3';
import { t, type PrefixedName } from './vocabulary.js';

const { literal, quad } = DataFactory;
type Object = NamedNode | Literal;

export const lit = {
  str: (v: string): Literal => literal(v),
  int: (v: number): Literal => literal(String(v), t('xsd:integer')),
  bool: (v: boolean): Literal => literal(String(v), t('xsd:boolean')),
  date: (v: string): Literal => literal(v, t('xsd:date')),
};

const RDF_TYPE = t('rdf:type').value;

export class QuadSet {
  private readonly quads = new Map<string, Quad>();

  /** Adds a triple; a string object is a prefixed name (use `text()` for a string literal). */
  add(subject: NamedNode, predicate: NamedNode | PrefixedName, object: Object | PrefixedName): void {
    const p = typeof predicate === 'string' ? t(predicate) : predicate;
    const o = typeof object === 'string' ? t(object) : object;
    const q = quad(subject, p, o);
    const pKey = p.value === RDF_TYPE ? '' : p.value;
    this.quads.set(`${subject.value}\u0000${pKey}\u0000${termToId(o)}`, q);
  }

  /** Adds a plain string literal (never read as a prefixed name). */
  text(subject: NamedNode, predicate: NamedNode | PrefixedName, value: string | undefined): void {
    if (value !== undefined) this.add(subject, predicate, literal(value));
  }

  get size(): number {
    return this.quads.size;
  }

  sorted(): Quad[] {
    return [...this.quads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, q]) => q);
  }
}
