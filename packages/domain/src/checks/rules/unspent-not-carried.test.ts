import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { type EvaluationOverrides, makeContext, makeEvaluation, makeResult } from '../test-support';
import { unspentNotCarried } from './unspent-not-carried';

const result = makeResult({
  execution: { ...makeResult().execution, budget: dec('2851.19'), executed: dec('1209.56') },
});
const run = (carryover: EvaluationOverrides['carryover'], r = result) =>
  unspentNotCarried.run(makeContext(makeEvaluation({ carryover }), r));

describe('carryover.unspent-not-carried', () => {
  it('warns on seed 004: 2851.19 − 1209.56 = 1641.63 unspent, 年末无结转和结余, no explanation', () => {
    expect(run({ opening: '0', closing: '0' })).toMatchObject([
      { code: 'carryover.unspent-not-carried', severity: 'warning', expected: '1641.63', actual: '0' },
    ]);
  });

  it('is silent when the explanation says where the money went', () => {
    expect(run({ closing: '0', explanation: '未执行资金 1641.63 万元已由财政收回' })).toEqual([]);
  });

  it('still warns when the explanation only restates that nothing was carried over (seed 004 wording)', () => {
    const explanation = '全年执行数1209.56万元，年末无结转和结余资金。';
    expect(run({ closing: '0', explanation })).toHaveLength(1);
  });

  it('is silent when the explanation says the money was never allocated (未拨付)', () => {
    expect(run({ closing: '0', explanation: '因财政资金紧张，1641.63 万元未拨付' })).toEqual([]);
  });

  it('is silent when a closing carry-over is stated', () => {
    expect(run({ closing: '1641.63' })).toEqual([]);
  });

  it('is silent when the budget was fully spent', () => {
    const spent = makeResult({
      execution: { ...makeResult().execution, budget: dec('100'), executed: dec('100') },
    });
    expect(run({ closing: '0' }, spent)).toEqual([]);
  });
});
