import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AmountUnit, convertAmount } from '../money/amount-unit';
import { dec, sum } from '../money/decimal';
import { listRuleSets } from '../rules/registry';
import { decimalStringArb, evaluationArb, withIds } from '../testing/arbitraries';
import { gradeFor } from './grade';
import { scoreEvaluation } from './score';

const ruleSetArb = fc.constantFrom(...listRuleSets());

describe('scoring invariants (fast-check)', () => {
  it('never gives a score above its weight or below 0', () => {
    fc.assert(
      fc.property(evaluationArb(), ruleSetArb, (ev, rs) => {
        const r = scoreEvaluation(ev, rs);
        expect(r.execution.score.isNegative()).toBe(false);
        expect(r.execution.score.lessThanOrEqualTo(dec(rs.execution.weight))).toBe(true);
        for (const i of r.indicators) {
          expect(i.score.isNegative()).toBe(false);
          expect(i.score.lessThanOrEqualTo(i.weight)).toBe(true);
          expect(i.scoreRate.lessThanOrEqualTo(1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('makes the total exactly the sum of its parts, and each block the sum of its rows', () => {
    fc.assert(
      fc.property(evaluationArb(), ruleSetArb, (ev, rs) => {
        const r = scoreEvaluation(ev, rs);
        const parts = [r.execution.score, ...r.indicators.map((i) => i.score)];
        expect(r.totalScore.equals(sum(parts))).toBe(true);
        expect(r.indicatorScore.equals(sum(r.indicators.map((i) => i.score)))).toBe(true);
        for (const b of r.blocks) {
          const rows = r.indicators.filter((i) => i.block === b.key);
          expect(b.score.equals(sum(rows.map((i) => i.score)))).toBe(true);
          expect(b.indicatorCount).toBe(rows.length);
        }
        // Each score carries no more decimals than the rule set rounds to.
        for (const s of parts) expect(s.decimalPlaces()).toBeLessThanOrEqual(rs.rounding.scorePlaces);
      }),
      { numRuns: 300 },
    );
  });

  it('grades monotonically: a higher total never gets a lower grade', () => {
    const rank = (key: string) => ['poor', 'fair', 'good', 'excellent'].indexOf(key);
    fc.assert(
      fc.property(decimalStringArb({ max: 100 }), decimalStringArb({ max: 100 }), ruleSetArb, (a, b, rs) => {
        const [lo, hi] = dec(a).lessThanOrEqualTo(dec(b)) ? [dec(a), dec(b)] : [dec(b), dec(a)];
        expect(rank(gradeFor(lo, rs).key)).toBeLessThanOrEqual(rank(gradeFor(hi, rs).key));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the indicators', () => {
    fc.assert(
      fc.property(evaluationArb().map(withIds), ruleSetArb, fc.func(fc.integer()), (ev, rs, key) => {
        const shuffled = { ...ev, indicators: [...ev.indicators].sort((x, y) => key(x.id) - key(y.id)) };
        const a = scoreEvaluation(ev, rs);
        const b = scoreEvaluation(shuffled, rs);
        expect(b.totalScore.equals(a.totalScore)).toBe(true);
        expect(b.grade).toEqual(a.grade);
        expect(b.blocks.map((x) => x.score.toFixed())).toEqual(a.blocks.map((x) => x.score.toFixed()));
        const byId = new Map(a.indicators.map((i) => [i.id, i.score.toFixed()]));
        for (const i of b.indicators) expect(i.score.toFixed()).toBe(byId.get(i.id));
      }),
      { numRuns: 200 },
    );
  });

  it('scores the same evaluation the same way every time (pure)', () => {
    fc.assert(
      fc.property(evaluationArb(), ruleSetArb, (ev, rs) => {
        const a = scoreEvaluation(ev, rs);
        const b = scoreEvaluation(structuredClone(ev), rs);
        expect(b.totalScore.toFixed()).toBe(a.totalScore.toFixed());
        expect(b.indicators.map((i) => i.explanation)).toEqual(a.indicators.map((i) => i.explanation));
      }),
      { numRuns: 100 },
    );
  });
});

describe('amount units (money/amount-unit)', () => {
  const unitArb = fc.constantFrom<AmountUnit>('yuan', 'wanYuan');
  it('round-trips 元 ↔ 万元 without loss', () => {
    fc.assert(
      fc.property(decimalStringArb({ max: 1e9, places: 6 }), unitArb, unitArb, (text, from, to) => {
        const x = dec(text);
        expect(convertAmount(convertAmount(x, from, to), to, from).equals(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('converts 4631052.88 元 to exactly 463.105288 万元', () => {
    expect(convertAmount(dec('4631052.88'), 'yuan', 'wanYuan').toFixed()).toBe('463.105288');
  });
});
