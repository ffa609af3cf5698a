// Filters compare by value, so a back/forward step that keeps them does not restyle the graph.
import { expect, test } from 'vitest';
import { NO_FILTERS, sameFilters, type Filters } from '../../web/src/state.js';

test('equal filters are the same filters; any difference is not', () => {
  const a: Filters = { ...NO_FILTERS, hiddenNodeTypes: new Set(['claim', 'region']) };
  expect(sameFilters(a, { ...NO_FILTERS, hiddenNodeTypes: new Set(['region', 'claim']) })).toBe(true);
  expect(sameFilters(a, { ...a, claims: false })).toBe(false);
  expect(sameFilters(a, { ...a, hiddenFactuality: new Set(['denied']) })).toBe(false);
  expect(sameFilters(a, { ...a, hiddenRelationTypes: new Set(['about']) })).toBe(false);
  expect(sameFilters(NO_FILTERS, { ...NO_FILTERS })).toBe(true);
});
