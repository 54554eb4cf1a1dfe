import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaths } from './run';

/** The order findings have always had: the pieces of split(/(\d+)/) compared pairwise (digit runs by value). */
function bySplitPieces(a: string, b: string): number {
  const ta = a.split(/(\d+)/);
  const tb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] ?? '';
    const y = tb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) return Number.parseInt(x, 10) - Number.parseInt(y, 10);
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

const path = fc
  .array(
    fc.constantFrom('indicators', '[', ']', '.', 'score', 'funds', 'a', 'Z', '0', '1', '2', '10', '007', '9'),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

describe('comparePaths', () => {
  it('orders paths as comparing their split pieces does, without splitting', () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        expect(Math.sign(comparePaths(a, b))).toBe(Math.sign(bySplitPieces(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['indicators[2].score', 'indicators[10].score', -1],
    ['indicators[10]', 'indicators[2]', 1],
    ['funds.total', 'indicators[0]', -1],
    ['indicators', 'indicators[0]', -1],
    ['indicators[01]', 'indicators[1]', 0],
    ['', '', 0],
  ] as const)('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(comparePaths(a, b))).toBe(sign);
  });
});
