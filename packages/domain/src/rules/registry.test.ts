import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { dec, sum } from '../money/decimal';
import { getRuleSet, listRuleSets, resolveRuleSet } from './registry';

describe('built-in rule sets', () => {
  it('lists mof-2020, beijing-2024, hubei, sichuan and chongqing-unit-wide', () => {
    expect(listRuleSets().map((r) => r.id)).toEqual([
      'mof-2020',
      'beijing-2024',
      'hubei',
      'sichuan',
      'chongqing-unit-wide',
    ]);
  });

  it.each([
    ['mof-2020', '10', ['50', '30', '10']],
    ['beijing-2024', '10', ['55', '30', '5']],
    ['hubei', '20', []],
    ['sichuan', '10', []],
    ['chongqing-unit-wide', '10', []],
  ])('%s: execution %s, block weights %j, all adding up to 100', (id, exec, blocks) => {
    const rs = getRuleSet(id);
    expect(rs.execution.weight).toBe(exec);
    expect(rs.blocks.flatMap((b) => (b.weight ? [b.weight] : []))).toEqual(blocks);
    expect(dec(rs.execution.weight).plus(dec(rs.indicatorWeight)).toFixed()).toBe('100');
    expect(rs.description).toMatch(/[\u4e00-\u9fa5]/);
    expect(rs.source.length).toBeGreaterThan(0);
  });

  it('splits beijing-2024 效益 30 into 可持续影响 10 + 其他效益 20', () => {
    const benefit = getRuleSet('beijing-2024').blocks.find((b) => b.key === 'benefit');
    expect(benefit?.parts?.map((p) => `${p.label} ${p.weight}`)).toEqual([
      '可持续影响指标 10',
      '其他效益指标 20',
    ]);
    expect(sum((benefit?.parts ?? []).map((p) => dec(p.weight))).toFixed()).toBe('30');
  });

  it('uses 得分系数 only in chongqing-unit-wide', () => {
    expect(
      listRuleSets()
        .filter((r) => r.scoring.useScoreCoefficient)
        .map((r) => r.id),
    ).toEqual(['chongqing-unit-wide']);
  });

  it('names every known id in Chinese when an id is unknown', () => {
    try {
      getRuleSet('shanghai');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const err = e as JixiaoError;
      expect(err.code).toBe('UNKNOWN_RULE_SET');
      expect(err.message).toContain('没有名为「shanghai」的评分规则集');
      for (const id of ['mof-2020', 'beijing-2024', 'hubei', 'sichuan', 'chongqing-unit-wide']) {
        expect(err.message).toContain(id);
      }
    }
  });

  it('resolves an id or a rule set given as data', () => {
    expect(resolveRuleSet('hubei').id).toBe('hubei');
    const custom = { ...getRuleSet('mof-2020'), id: 'my-district' };
    expect(resolveRuleSet(custom).id).toBe('my-district');
    expect(() => resolveRuleSet({ id: 'broken' }, 'rules.json')).toThrow(/rules\.json/);
  });
});
