import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { getRuleSet } from './registry';
import type { RuleSet } from './rule-set';
import { assertRuleSet, validateRuleSet } from './validate';

const mof = getRuleSet('mof-2020');
const clone = (): RuleSet => structuredClone(mof);

function messages(input: unknown): string[] {
  const r = validateRuleSet(input);
  return r.ok ? [] : r.issues.map((i) => `${i.location?.path ?? ''}: ${i.message.text.zh}`);
}

describe('validateRuleSet', () => {
  it('accepts every built-in rule set', () => {
    expect(validateRuleSet(mof).ok).toBe(true);
  });

  it('rejects execution + indicators ≠ total (15 + 90 = 105 ≠ 100)', () => {
    const rs = clone();
    rs.execution.weight = '15';
    expect(messages(rs)).toEqual([
      'indicatorWeight: 预算执行率分值 15 + 绩效指标总分值 90 = 105，应等于总分 100',
    ]);
  });

  it('rejects block weights that do not add up to the indicator weight (50 + 30 + 5 = 85 ≠ 90)', () => {
    const rs = clone();
    const sat = rs.blocks[2];
    if (sat) sat.weight = '5';
    expect(messages(rs)).toEqual([
      'blocks: 一级指标块分值之和 产出指标 50 + 效益指标 30 + 满意度指标 5 = 85，应等于绩效指标总分值 90',
    ]);
  });

  it('rejects parts that do not add up to their block (10 + 10 = 20 ≠ 30)', () => {
    const rs = structuredClone(getRuleSet('beijing-2024'));
    const part = rs.blocks[1]?.parts?.[1];
    if (part) part.weight = '10';
    expect(messages(rs)).toEqual([
      'blocks[1].parts: 「效益指标」各分项分值之和 可持续影响指标 10 + 其他效益指标 10 = 20，应等于本块分值 30',
    ]);
  });

  it('rejects grade bands whose lowest bound is not 0 (a gap from 0 to 60)', () => {
    const rs = clone();
    rs.grades = rs.grades.filter((g) => g.key !== 'poor');
    expect(messages(rs)).toEqual(['grades: 最低等级的下限是 60，应为 0，否则 0 到 60 分没有等级']);
  });

  it('rejects two grade bands with the same lower bound (overlap)', () => {
    const rs = clone();
    const good = rs.grades[1];
    if (good) good.min = '90';
    expect(messages(rs)).toEqual(['grades[1].min: 「良」与「优」的下限都是 90，等级区间重叠']);
  });

  it('rejects a grade bound above the total', () => {
    const rs = clone();
    const top = rs.grades[0];
    if (top) top.min = '120';
    expect(messages(rs)).toContain('grades[0].min: 「优」的下限 120 应在 0 到总分 100 之间');
  });

  it('rejects a gap between qualitative tiers (0.6 to 0.65)', () => {
    const rs = clone();
    const partly = rs.scoring.qualitativeTiers[1];
    if (partly) partly.min = '0.65';
    expect(messages(rs)).toEqual(['scoring.qualitativeTiers[1].min: 档次 0.6 到 0.65 之间有空档']);
  });

  it('rejects overlapping qualitative tiers (0.55 < 0.6)', () => {
    const rs = clone();
    const partly = rs.scoring.qualitativeTiers[1];
    if (partly) partly.min = '0.55';
    expect(messages(rs)).toEqual([
      'scoring.qualitativeTiers[1].min: 档次下限 0.55 小于前一档上限 0.6，区间重叠',
    ]);
  });

  it('rejects a boundary that belongs to two tiers (both include 0.8)', () => {
    const rs = clone();
    const partly = rs.scoring.qualitativeTiers[1];
    if (partly) partly.maxInclusive = true;
    expect(messages(rs)).toEqual([
      'scoring.qualitativeTiers[1].maxInclusive: 0.8 同时属于两档：下一档已含下限，此档上限应不含（maxInclusive: false）',
    ]);
  });

  it('rejects unknown keys, naming them', () => {
    expect(messages({ ...clone(), weights: {} })).toEqual([
      ': 有不认识的字段：weights（请检查拼写，或删去）',
    ]);
    const rs = { ...clone(), execution: { ...mof.execution, wieght: '10' } };
    expect(messages(rs)).toEqual(['execution: 有不认识的字段：wieght（请检查拼写，或删去）']);
  });

  it('names a missing field by its path', () => {
    const { name: _name, ...rest } = clone();
    const r = validateRuleSet(rest);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.location?.path).toBe('name');
      expect(r.issues[0]?.location?.label).toEqual({
        zh: '规则集字段 name（名称）',
        en: 'rule set field name (name)',
      });
      expect(r.issues[0]?.message.text).toEqual({ zh: '缺少此字段', en: 'this field is missing' });
    }
  });
});

describe('assertRuleSet', () => {
  it('throws INVALID_RULE_SET naming the source file on each issue', () => {
    const rs = clone();
    rs.execution.weight = '20';
    try {
      assertRuleSet(rs, 'my-rules.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      const err = e as JixiaoError;
      expect(err.code).toBe('INVALID_RULE_SET');
      expect(err.message).toBe('评分规则集「my-rules.yaml」有 1 处错误');
      expect(err.issues[0]?.location?.file).toBe('my-rules.yaml');
      expect(err.describe()).toContain('文件「my-rules.yaml」');
    }
  });
});
