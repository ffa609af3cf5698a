// The derived attributed_to edges say how far the article vouches for each level of a chain.
import { describe, expect, it } from 'vitest';
import { linkFactuality } from '../../src/load/link-factuality.js';

const level = (role: string, explicit = true) => ({ role, explicit });

describe('linkFactuality', () => {
  it("Esper's words through Wu: Wu and the publisher are asserted, Esper only reported", () => {
    const chain = [level('speaker'), level('source'), level('publisher')];
    expect(chain.map((_, i) => linkFactuality(chain, i))).toEqual(['reported', 'asserted', 'asserted']);
  });

  it('Wu through the Reuters report: the report is told by the article, Wu through it', () => {
    const chain = [level('speaker'), level('channel'), level('publisher')];
    expect(chain.map((_, i) => linkFactuality(chain, i))).toEqual(['reported', 'asserted', 'asserted']);
  });

  it('a speaker the article names itself is asserted; an implicit level only possible', () => {
    const chain = [level('speaker'), level('publisher', false)];
    expect(chain.map((_, i) => linkFactuality(chain, i))).toEqual(['asserted', 'possible']);
    expect(linkFactuality([level('speaker', false)], 0)).toBe('possible');
  });
});
