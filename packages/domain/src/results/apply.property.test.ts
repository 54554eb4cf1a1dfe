import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, sum } from '../money/decimal';
import { getRuleSet } from '../rules/registry';
import { applyResults, type ResultsRow } from './apply';

const mof = getRuleSet('mof-2020');
const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));

const rowArb = fc.record({
  evaluationId: fc.uuid(),
  fiscalYear: fc.constant(2024),
  kind: fc.constantFrom('project' as const, 'unitWide' as const),
  title: fc.string({ maxLength: 4 }),
  unitId: fc.constantFrom('u1', 'u2', 'u3', 'u4'),
  unitName: fc.constantFrom('甲', '乙'),
  departmentId: fc.constantFrom('d1', 'd2', null),
  departmentName: fc.constantFrom('部门一', '部门二'),
  ruleSetId: fc.constant('mof-2020'),
  totalScore: fc.option(cents(10_000), { nil: null }),
  grade: fc.constant(null),
  adjustedBudget: fc.option(cents(1_000_000_000), { nil: null }),
  amountUnit: fc.constantFrom('yuan' as const, 'wanYuan' as const),
}) satisfies fc.Arbitrary<ResultsRow>;

describe('applyResults invariants', () => {
  it('a department total is exactly the sum of its units, a unit the sum of its entries, nothing lost', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const list = applyResults(rows, mof);
        let entries = 0;
        for (const d of list.departments) {
          expect(dec(d.change).equals(sum(d.units.map((u) => dec(u.change))))).toBe(true);
          for (const u of d.units) {
            entries += u.entries.length;
            const changes = u.entries.flatMap((e) => (e.change === null ? [] : [dec(e.change)]));
            expect(dec(u.change).equals(sum(changes))).toBe(true);
            // Every change is a cut of at most the whole budget, at 2 places.
            for (const e of u.entries) {
              if (e.change === null) continue;
              expect(dec(e.change).decimalPlaces()).toBeLessThanOrEqual(2);
              expect(dec(e.change).isPositive() && !dec(e.change).isZero()).toBe(false);
            }
          }
        }
        expect(entries).toBe(rows.length);
        expect(dec(list.change).equals(sum(list.departments.map((d) => dec(d.change))))).toBe(true);
      }),
    );
  });
});
