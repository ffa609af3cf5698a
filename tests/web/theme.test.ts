import { describe, expect, it } from 'vitest';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { EDGE_LOOK, NODE_LOOK } from '../../web/src/theme.js';
import { graphStyle } from '../../web/src/graph-style.js';

describe('theme', () => {
  it('gives every factuality its own line and arrow, so none is told by colour alone', () => {
    const keys = FACTUALITY_VALUES.map((f) => {
      const l = EDGE_LOOK[f];
      return `${l.line}|${l.dash?.join(',') ?? ''}|${l.arrow}|${l.hollow ?? false}|${l.cross ?? false}`;
    });
    expect(new Set(keys).size).toBe(FACTUALITY_VALUES.length);
    // no two differ only by arrow fill or only by colour
    expect(new Set(FACTUALITY_VALUES.map((f) => EDGE_LOOK[f].arrow)).size).toBe(FACTUALITY_VALUES.length);
    expect(EDGE_LOOK.asserted.line).toBe('solid');
    expect(EDGE_LOOK.reported.line).toBe('dashed');
    expect(EDGE_LOOK.denied.arrow).toBe('tee');
    expect(EDGE_LOOK.planned.line).toBe('dotted');
    expect(EDGE_LOOK.hypothetical.line).toBe('dotted');
  });

  it('gives every node type its own shape and colour', () => {
    expect(new Set(NODE_TYPE_NAMES.map((t) => JSON.stringify(NODE_LOOK[t].shape))).size).toBe(NODE_TYPE_NAMES.length);
    expect(new Set(NODE_TYPE_NAMES.map((t) => NODE_LOOK[t].color)).size).toBe(NODE_TYPE_NAMES.length);
  });

  it('the stylesheet has a rule per node type and per factuality', () => {
    const selectors = graphStyle().map((r) => r.selector);
    for (const t of NODE_TYPE_NAMES) expect(selectors).toContain(`node[type = "${t}"]`);
    for (const f of FACTUALITY_VALUES) expect(selectors).toContain(`edge[factuality = "${f}"]`);
  });
});
