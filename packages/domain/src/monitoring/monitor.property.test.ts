import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { LIGHTS, type Light } from './lights';
import { monitorReport } from './monitor';
import { indicator, MOF, report, SECOND } from './test-support';

const ORDER: Record<Light, number> = { red: 0, yellow: 1, green: 2, blue: 3, none: -1 };
/** Amounts with two decimals, 0.00–9999.99, as decimal strings. */
const amount = fc.integer({ min: 0, max: 999_999 }).map((n) => dec(n).dividedBy(100).toFixed());
const target = fc.integer({ min: 1, max: 99_999 }).map(String);
const months = fc.integer({ min: 1, max: 12 });

function progressOf(t: string, actual: string, throughMonth: number, ruleSet = MOF) {
  const r = report({
    indicators: [indicator({ target: { comparator: '>=', value: t }, progress: { value: actual } })],
  });
  return monitorReport(r, ruleSet, { throughMonth }).indicators[0];
}

describe('monitoring invariants', () => {
  it('the light never gets worse as the progress grows', () => {
    fc.assert(
      fc.property(target, amount, amount, months, fc.boolean(), (t, a, b, m, second) => {
        const [low, high] = dec(a).lessThanOrEqualTo(dec(b)) ? [a, b] : [b, a];
        const rules = second ? SECOND : MOF;
        const l = progressOf(t, low, m, rules)?.light ?? 'none';
        const h = progressOf(t, high, m, rules)?.light ?? 'none';
        expect(LIGHTS).toContain(l);
        expect(ORDER[l]).toBeLessThanOrEqual(ORDER[h]);
      }),
    );
  });

  it('progress × (target ÷ 12 × months) gives back the actual within half a unit of the rounding', () => {
    fc.assert(
      fc.property(target, amount, months, (t, a, m) => {
        const row = progressOf(t, a, m);
        const percent = dec(row?.progressPercent?.value ?? 'x');
        const toDate = dec(t).times(m).dividedBy(12);
        // |p/100 × toDate − actual| ≤ 0.005/100 × toDate (ratePlaces 2, half up); toDate = t × m ÷ 12 may
        // repeat (8 × 4 ÷ 12 = 2.666…), so it carries 40 digits: the bound allows that last digit (1e-30).
        const error = percent.dividedBy(100).times(toDate).minus(dec(a)).abs();
        const bound = toDate.times('0.00005').plus(dec(`0.${'0'.repeat(29)}1`));
        expect(error.lessThanOrEqualTo(bound)).toBe(true);
      }),
    );
  });
});
