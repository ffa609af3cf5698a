import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requestPath } from '../../src/web/request-path.js';

describe('requestPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', 'assets/index-abc.js'],
    ['/data/graph.json?x=1#y', 'data/graph.json'],
    ['/assets/', 'assets/index.html'],
    ['/a%20b.txt', 'a b.txt'],
  ])('%s → %s', (url, path) => expect(requestPath(url)).toBe(path));

  it.each([
    '/..',
    '/../x',
    '/a/../../x',
    '/./x',
    '/%2e%2e/x',
    '/%2E%2e/x',
    '/a%2fb',
    '/a%2Fb',
    '/%5c',
    '/a\\b',
    '/%252e%252e/x',
    '/%00',
    '/x%00.png',
    '//x',
    '/a//b',
    'x',
    '',
    '*',
    'http://h/x',
    '/%',
    '/%e0%a4%a',
    '/%c0%ae%c0%ae/x',
  ])('refuses %j', (url) => expect(requestPath(url)).toBeUndefined());

  it('never returns a path with a ".." or "." segment, a backslash or a NUL, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('/', '.', '%', '2', 'e', 'E', 'f', '5', 'c', '\\', 'a', '0', '\0') }), (tail) => {
        const p = requestPath(`/${tail}`);
        if (p === undefined) return;
        expect(p.split('/')).not.toContain('..');
        expect(p.split('/')).not.toContain('.');
        expect(p).not.toMatch(/[\\\0]/);
        expect(p.startsWith('/')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
