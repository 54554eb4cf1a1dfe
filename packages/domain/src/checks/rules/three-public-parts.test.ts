import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { threePublicPartsMismatch } from './three-public-parts';

const run = (threePublicExpenses: EvaluationOverrides['threePublicExpenses']) =>
  threePublicPartsMismatch.run(makeContext(makeEvaluation({ threePublicExpenses })));

describe('three-public.parts-mismatch', () => {
  it('is silent on seed 004: 公务车运行维护 4.85 + 公务接待 1.13 = 5.98', () => {
    expect(run({ actual: { total: '5.98', vehicleOperation: '4.85', officialReception: '1.13' } })).toEqual(
      [],
    );
  });

  it('is silent when 公务用车 is given together with its parts and everything adds up', () => {
    // vehicles 4.85 = 0 + 4.85; total 0 + 1.13 + 4.85 = 5.98
    expect(
      run({
        actual: {
          total: '5.98',
          overseasTravel: '0',
          officialReception: '1.13',
          officialVehicles: '4.85',
          vehiclePurchase: '0',
          vehicleOperation: '4.85',
        },
      }),
    ).toEqual([]);
  });

  it('reports a budget total that is not the sum of its items', () => {
    // 13.2 stated; 2 + 10 = 12
    expect(run({ budget: { total: '13.2', officialReception: '2', officialVehicles: '10' } })).toMatchObject([
      { severity: 'error', location: { path: 'threePublicExpenses.budget.total' }, expected: '12' },
    ]);
  });

  it('reports a vehicle line that is not purchase + operation', () => {
    // 1 + 4.85 = 5.85, stated 4.85
    const findings = run({
      actual: { officialVehicles: '4.85', vehiclePurchase: '1', vehicleOperation: '4.85' },
    });
    expect(findings).toMatchObject([
      { location: { path: 'threePublicExpenses.actual.officialVehicles' }, expected: '5.85' },
    ]);
  });
});
