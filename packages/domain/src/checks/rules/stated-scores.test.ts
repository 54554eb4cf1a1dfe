import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import {
  type EvaluationOverrides,
  makeContext,
  makeEvaluation,
  makeResult,
  makeRuleSet,
  makeScored,
} from '../test-support';
import { statedBlockScore, statedIndicatorScore, statedTotalScore } from './stated-scores';

const indicators = [{ level1: '产出指标', name: '新增企业', weight: '90', score: '90' }];
const block = (key: string, label: string, score: string) => ({
  key,
  label,
  indicatorWeight: dec(0),
  score: dec(score),
  indicatorCount: 1,
});
// seed 004: execution 4.24 + indicators 90 = 94.24
const result = makeResult({
  indicatorScore: dec(90),
  totalScore: dec('94.24'),
  execution: { ...makeResult().execution, score: dec('4.24'), basis: 'rule' },
  blocks: [
    block('output', '产出指标', '50.45'),
    block('benefit', '效益指标', '24.6'),
    block('satisfaction', '满意度指标', '4.4'),
  ],
});
const ctx = (stated: EvaluationOverrides['stated']) =>
  makeContext(makeEvaluation({ indicators, stated }), result);

describe('stated.total-score-mismatch', () => {
  it('is silent on seed 004: 94.24 = 4.24 + 90', () => {
    expect(statedTotalScore.run(ctx({ totalScore: '94.24', blockScores: [] }))).toEqual([]);
  });

  it('reports 98 against 94.24 as an error', () => {
    expect(statedTotalScore.run(ctx({ totalScore: '98', blockScores: [] }))).toMatchObject([
      { code: 'stated.total-score-mismatch', severity: 'error', expected: '94', actual: '98' },
    ]);
  });

  it('reports 94.2 as agreeing and 94.25 as rounding only', () => {
    expect(statedTotalScore.run(ctx({ totalScore: '94.2', blockScores: [] }))).toEqual([]);
    expect(
      statedTotalScore.run(ctx({ totalScore: '94.25', blockScores: [] })).map((f) => f.severity),
    ).toEqual(['info']);
  });
});

describe('stated.indicator-score-mismatch', () => {
  it('is silent on 90 = 90 and reports 85 as an error', () => {
    expect(statedIndicatorScore.run(ctx({ indicatorScore: '90', blockScores: [] }))).toEqual([]);
    expect(statedIndicatorScore.run(ctx({ indicatorScore: '85', blockScores: [] }))).toMatchObject([
      { severity: 'error' },
    ]);
  });
});

describe('stated.block-score-mismatch', () => {
  it('matches seed 001 names to blocks (项目产出 ⊇ 产出…) and is silent when they agree', () => {
    const stated = {
      blockScores: [
        { block: '预算执行', score: '4.24' },
        { block: '项目产出', score: '50.45' },
        { block: '项目效益', score: '24.6' },
        { block: '服务对象满意度', score: '4.4' },
      ],
    };
    expect(statedBlockScore.run(ctx(stated))).toEqual([]);
  });

  it('reports a block stated as 52 where its indicators give 50.45', () => {
    const findings = statedBlockScore.run(ctx({ blockScores: [{ block: '产出指标', score: '52' }] }));
    expect(findings).toMatchObject([
      { location: { path: 'stated.blockScores[0].score' }, severity: 'error', expected: '50', actual: '52' },
    ]);
    expect(findings[0]?.numbers?.computed).toBe('50.45');
  });

  it('compares a stated execution part with the execution score (10 claimed, 4.24 computed)', () => {
    expect(statedBlockScore.run(ctx({ blockScores: [{ block: '预算执行率', score: '10' }] }))).toMatchObject([
      { severity: 'error', expected: '4' },
    ]);
  });

  it('under a catch-all rule set (重庆) sums the indicators of the stated 一级指标: 产出 40 + 35 = 75, stated 80', () => {
    const ruleSet = makeRuleSet({ blocks: [{ key: 'indicators', label: '绩效指标', matches: ['*'] }] });
    const catchAll = makeResult({
      ...result,
      blocks: [block('indicators', '绩效指标', '85')],
      indicators: [
        makeScored(0, { level1: '产出指标', block: 'indicators', score: dec(40) }),
        makeScored(1, { level1: '产出指标', block: 'indicators', score: dec(35) }),
        makeScored(2, { level1: '满意度指标', block: 'indicators', score: dec(10) }),
      ],
    });
    const stated = {
      blockScores: [
        { block: '产出', score: '80' },
        { block: '满意度', score: '10' },
      ],
    };
    const context = makeContext(makeEvaluation({ indicators, stated }), catchAll, ruleSet);
    expect(statedBlockScore.run(context)).toMatchObject([
      { severity: 'error', location: { path: 'stated.blockScores[0].score' }, numbers: { computed: '75' } },
    ]);
  });
});
