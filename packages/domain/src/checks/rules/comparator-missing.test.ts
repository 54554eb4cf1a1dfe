import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation, makeResult } from '../test-support';
import { comparatorMissing } from './comparator-missing';

describe('indicator.comparator-missing', () => {
  it('reports a target whose comparator is blank, on the comparator field, as an error', () => {
    const evaluation = makeEvaluation({
      indicators: [
        { level1: '产出指标', name: '新增企业数', weight: '50', target: { comparator: '>=', value: '150' } },
        { level1: '产出指标', name: '举办活动场次', weight: '40', target: { value: '20', unit: '场' } },
      ],
    });
    expect(comparatorMissing.run(makeContext(evaluation, makeResult()))).toMatchObject([
      {
        code: 'indicator.comparator-missing',
        severity: 'error',
        location: { path: 'indicators[1].target.comparator' },
        message: { zh: '「举办活动场次」的比较方式未填写：请选择 ≥、≤、= 或 定性' },
      },
    ]);
  });

  it('is silent for rows with a comparator and rows without any target', () => {
    const evaluation = makeEvaluation({
      indicators: [
        {
          level1: '产出指标',
          name: '新增企业数',
          weight: '50',
          target: { comparator: 'qualitative', text: '好' },
        },
        { level1: '产出指标', name: '职工满意度', weight: '40' },
      ],
    });
    expect(comparatorMissing.run(makeContext(evaluation, makeResult()))).toEqual([]);
  });
});
