import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation, makeResult, makeScored } from '../test-support';
import { indicatorNoBlock } from './indicator-no-block';

const evaluation = makeEvaluation({
  indicators: [
    { level1: '产出指标', name: '新增企业数', weight: '50' },
    { level1: '管理指标', name: '制度健全性', weight: '40' },
  ],
});

describe('indicator.no-block', () => {
  it('reports the indicator whose 一级指标 matches no block', () => {
    const result = makeResult({
      indicators: [makeScored(0), makeScored(1, { level1: '管理指标', block: null })],
    });
    expect(indicatorNoBlock.run(makeContext(evaluation, result))).toMatchObject([
      {
        code: 'indicator.no-block',
        severity: 'error',
        location: { path: 'indicators[1].level1' },
        actual: '管理指标',
      },
    ]);
  });

  it('is silent when every indicator has a block', () => {
    const result = makeResult({ indicators: [makeScored(0), makeScored(1, { block: 'benefit' })] });
    expect(indicatorNoBlock.run(makeContext(evaluation, result))).toEqual([]);
  });
});
