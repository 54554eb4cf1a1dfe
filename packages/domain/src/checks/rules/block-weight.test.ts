import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult } from '../test-support';
import { blockWeightMismatch } from './block-weight';

const evaluation = makeEvaluation({ indicators: [{ level1: '产出指标', name: '新增企业数', weight: '55' }] });
const block = (key: string, label: string, weight: string | undefined, indicatorWeight: string) => ({
  key,
  label,
  ...(weight === undefined ? {} : { weight: dec(weight) }),
  indicatorWeight: dec(indicatorWeight),
  score: dec(0),
  indicatorCount: 1,
});

describe('weights.block-mismatch', () => {
  it('warns when 产出 indicators weigh 55 where the rule set gives 50', () => {
    const result = makeResult({
      blocks: [block('output', '产出指标', '50', '55'), block('benefit', '效益指标', '30', '30')],
    });
    expect(blockWeightMismatch.run(makeContext(evaluation, result))).toMatchObject([
      {
        code: 'weights.block-mismatch',
        severity: 'warning',
        location: { path: 'blocks.output' },
        expected: '50',
        actual: '55',
      },
    ]);
  });

  it('is silent when every block weighs what the rule set says, or fixes no weight', () => {
    const result = makeResult({
      blocks: [block('output', '产出指标', '50', '50'), block('indicators', '绩效指标', undefined, '90')],
    });
    expect(blockWeightMismatch.run(makeContext(evaluation, result))).toEqual([]);
  });
});
