import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../../rules/registry';
import { type EvaluationOverrides, makeContext, makeEvaluation, makeRuleSet } from '../test-support';
import { statedBlockWeightMismatch } from './stated-block-weight';

// seed 001: 预算执行率10、产出55、效益（含可持续影响）30、满意度5 = 100
const seed001Parts = [
  { block: '预算执行', score: '10', weight: '10' },
  { block: '项目产出', score: '50.45', weight: '55' },
  { block: '项目效益', score: '24.6', weight: '30' },
  { block: '服务对象满意度', score: '4.4', weight: '5' },
];
const run = (
  stated: EvaluationOverrides['stated'],
  ruleSet = makeRuleSet(),
  indicators: EvaluationOverrides['indicators'] = [],
) => statedBlockWeightMismatch.run(makeContext(makeEvaluation({ stated, indicators }), undefined, ruleSet));

describe('weights.stated-block-mismatch', () => {
  it('is silent on seed 001 under the 北京 rule set (10 / 55 / 30 / 5)', () => {
    expect(run({ blockScores: seed001Parts }, getRuleSet('beijing-2024'))).toEqual([]);
  });

  it('warns on seed 001 under 财预〔2020〕10号: 产出 55 vs 50 and 满意度 5 vs 10', () => {
    const findings = run({ blockScores: seed001Parts });
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        location: { path: 'stated.blockScores[1].weight' },
        expected: '50',
        actual: '55',
      },
      {
        severity: 'warning',
        location: { path: 'stated.blockScores[3].weight' },
        expected: '10',
        actual: '5',
      },
    ]);
  });

  it('under a catch-all rule set compares with the indicators of that 一级指标 (15 + 15 = 30, stated 30)', () => {
    const ruleSet = makeRuleSet({ blocks: [{ key: 'indicators', label: '绩效指标', matches: ['*'] }] });
    const indicators = [
      { level1: '产出指标', name: '甲', weight: '15' },
      { level1: '产出指标', name: '乙', weight: '15' },
    ];
    expect(
      run({ blockScores: [{ block: '产出指标', score: '30', weight: '30' }] }, ruleSet, indicators),
    ).toEqual([]);
    expect(
      run({ blockScores: [{ block: '产出指标', score: '30', weight: '40' }] }, ruleSet, indicators),
    ).toHaveLength(1);
  });
});
