import { describe, expect, it } from 'vitest';
import { makeRuleSet } from '../../checks/test-support';
import { ctxWith, row } from '../test-support';
import { blockMissing } from './block-missing';

describe('target.block-missing', () => {
  it.each([
    // rule set blocks with weights: 产出 50, 效益 30, 满意度 10
    ['all three blocks present', ['产出指标', '效益指标', '满意度指标'], []],
    ['满意度 missing', ['产出指标', '效益指标'], ['满意度指标']],
    ['only 效益, written "项目效益"', ['项目效益'], ['产出指标', '满意度指标']],
    ['no indicator at all', [], ['产出指标', '效益指标', '满意度指标']],
  ])('%s', (_, level1s, missing) => {
    const ctx = ctxWith({ indicators: level1s.map((level1) => row({ level1 })) });
    expect(blockMissing.run(ctx).map((f) => f.expected)).toEqual(missing);
  });

  it('follows targets.requiredBlocks when the rule set lists them', () => {
    const ctx = {
      ...ctxWith({ indicators: [row()] }),
      ruleSet: makeRuleSet({ targets: { requiredBlocks: ['output'] } }),
    };
    expect(blockMissing.run(ctx)).toEqual([]);
  });

  it('words the finding in Chinese, as an error', () => {
    const [f] = blockMissing.run(ctxWith({ indicators: [row(), row({ level1: '效益指标' })] }));
    expect(f).toMatchObject({
      severity: 'error',
      message: { zh: '申报表没有「满意度指标」下的绩效指标：规则集「测试规则集」要求填报此一级指标' },
    });
  });
});
