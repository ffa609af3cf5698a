// The data files' layout: the seed story's annotations.json, laid out again, is the same bytes, so
// a program that writes through layoutJson changes only what it changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { layoutJson } from '../../src/text/json-layout.js';
import { ROOT } from '../support/cli.js';

const FILES = ['data/stories/taiwannews-2020-10-us-china-crisis-talks/annotations.json'];

it.each(FILES)('%s is laid out as layoutJson writes it', (f) => {
  const text = readFileSync(join(ROOT, f), 'utf8');
  expect(layoutJson(JSON.parse(text))).toBe(text);
});

it('puts containers without arrays on one line and the rest one member a line', () => {
  expect(layoutJson({ a: [{ exact: 'x', kind: 'name' }], b: ['p', 'q'], c: { d: { e: 1 } }, f: [], g: { h: [1] } })).toBe(
    '{\n  "a": [\n    {"exact": "x", "kind": "name"}\n  ],\n  "b": ["p", "q"],\n  "c": {"d": {"e": 1}},\n  "f": [],\n  "g": {\n    "h": [1]\n  }\n}\n',
  );
});
