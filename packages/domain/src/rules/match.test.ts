import { describe, expect, it } from 'vitest';
import { matchBlock, normaliseLevel } from './match';
import { getRuleSet } from './registry';

describe('normaliseLevel', () => {
  it.each([
    ['产出指标', '产出'],
    [' 产 出 指 标 ', '产出'],
    ['产出指标（50分）', '产出'],
    ['产出指标(50)', '产出'],
    ['一、产出指标', '产出'],
    ['项目产出', '产出'],
    ['项目效益', '效益'],
    ['服务对象满意度指标', '满意度'],
    ['社会公众或服务对象满意度', '满意度'],
    ['可持续影响指标', '可持续影响'],
    ['数量指标', '数量'],
  ])('%s → %s', (label, expected) => {
    expect(normaliseLevel(label)).toBe(expected);
  });
});

describe('matchBlock under beijing-2024 (效益 30 = 可持续影响 10 + 其他效益 20)', () => {
  const bj = getRuleSet('beijing-2024');
  it('puts a row tagged 可持续影响指标 at level 2 into the sustainability part, tagged', () => {
    const m = matchBlock(bj, '效益指标', '可持续影响指标');
    expect([m?.block.key, m?.part?.key, m?.partTagged]).toEqual(['benefit', 'sustainability', true]);
  });

  it('puts a row whose 一级指标 is 可持续影响指标 (as seed 001 lists it) into the same part', () => {
    const m = matchBlock(bj, '可持续影响指标');
    expect([m?.block.key, m?.part?.key, m?.partTagged]).toEqual(['benefit', 'sustainability', true]);
  });

  it('puts 社会效益指标 into the other-benefit part, tagged by its 二级 label', () => {
    const m = matchBlock(bj, '效益指标', '社会效益指标');
    expect([m?.block.key, m?.part?.key, m?.partTagged]).toEqual(['benefit', 'otherBenefit', true]);
  });

  it('does not tag a 效益 row without a 二级 label (reported as one 30-point figure)', () => {
    const m = matchBlock(bj, '项目效益');
    expect([m?.block.key, m?.part?.key, m?.partTagged]).toEqual(['benefit', 'otherBenefit', false]);
  });

  it('leaves an unknown 一级指标 unmatched', () => {
    expect(matchBlock(bj, '投入指标')).toBeUndefined();
  });
});
