import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult, makeRuleSet } from '../test-support';
import { redFlag } from './red-flag';

const result = (indicatorScore: string, executed: string, budget: string) =>
  makeResult({
    indicatorScore: dec(indicatorScore),
    indicatorWeight: dec(90),
    execution: {
      ...makeResult().execution,
      budget: dec(budget),
      executed: dec(executed),
      rate: dec(executed).dividedBy(budget),
    },
  });
const run = (r: ReturnType<typeof result>, ruleSet = makeRuleSet()) =>
  redFlag.run(makeContext(makeEvaluation(), r, ruleSet));

describe('flag.red', () => {
  it('reports seed 004: 90 ÷ 90 = 100% completion against 1209.56 ÷ 2851.19 = 42.42% execution', () => {
    // relative: (100% − 42.4230%) ÷ 100% = 57.58% > 5%
    const findings = run(result('90', '1209.56', '2851.19'));
    expect(findings).toMatchObject([
      {
        code: 'flag.red',
        severity: 'warning',
        actual: '57.58',
        numbers: { completionPercent: '100', threshold: '5' },
      },
    ]);
    expect(findings[0]?.message.zh).toContain('42.42%');
  });

  it('is silent when execution keeps pace: 81 ÷ 90 = 90% completion, 88% execution → (90 − 88) ÷ 90 = 2.22%', () => {
    expect(run(result('81', '88', '100'))).toEqual([]);
  });

  it('is silent at exactly the threshold: 90% completion, 85.5% execution → (90 − 85.5) ÷ 90 = 5%', () => {
    expect(run(result('81', '85.5', '100'))).toEqual([]);
  });

  it('measures in points when the rule set says so: 90% − 86% = 4 points ≤ 5, but relative 4.44% would also pass; 90% − 84% = 6 points > 5', () => {
    const points = makeRuleSet({
      checks: { redFlagThreshold: '5', redFlagBasis: 'points', unspentWarnPercent: '20', disabled: [] },
    });
    expect(run(result('81', '86', '100'), points)).toEqual([]);
    expect(run(result('81', '84', '100'), points)).toMatchObject([{ actual: '6' }]);
  });

  it('is silent when execution is ahead of completion', () => {
    expect(run(result('45', '100', '100'))).toEqual([]);
  });
});
