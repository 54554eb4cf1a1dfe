import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { applyResults, type ResultsRow, resultEntries } from './apply';
import { publishedResults } from './publication';

const mof = getRuleSet('mof-2020');

let n = 0;
function row(over: Partial<ResultsRow>): ResultsRow {
  n += 1;
  return {
    evaluationId: `e${n}`,
    fiscalYear: 2024,
    kind: 'project',
    title: `项目${n}`,
    unitId: 'u1',
    unitName: '甲单位',
    departmentId: 'd1',
    departmentName: '甲部门',
    ruleSetId: 'mof-2020',
    totalScore: '85.00',
    grade: 'good',
    adjustedBudget: '120.00',
    amountUnit: 'wanYuan',
    ...over,
  };
}

const one = (r: Partial<ResultsRow>, ruleSet: RuleSet = mof) => {
  const [entry] = resultEntries(applyResults([row(r)], ruleSet));
  if (!entry) throw new Error('no entry');
  return entry;
};

describe('applyResults under the practice defaults (mof-2020, half up, 2 places)', () => {
  it.each<[string, Partial<ResultsRow>, string, string | null]>([
    [
      '优 92.50: 120.00万元 × 0% = 0.00万元, 优先保障',
      { totalScore: '92.50', grade: 'excellent' },
      'prioritise',
      '0',
    ],
    [
      '良 85.00: 120.00万元 × 0% = 0.00万元, 据实保障',
      { totalScore: '85.00', grade: 'good' },
      'asNeeded',
      '0',
    ],
    [
      '中 72.00: 120.00万元 × −10% = −12.00万元, 核减',
      { totalScore: '72.00', grade: 'fair' },
      'reduce',
      '-12',
    ],
    [
      '中 65.00: 137.85万元 × −10% = −13.785 → −13.79万元 (half up, away from zero)',
      { totalScore: '65.00', grade: 'fair', adjustedBudget: '137.85' },
      'reduce',
      '-13.79',
    ],
    [
      '差 45.00: 120.00万元 × −100% = −120.00万元, 取消或暂停',
      { totalScore: '45.00', grade: 'poor' },
      'cancelOrSuspend',
      '-120',
    ],
    [
      '中 in 元: 1234567.89元 = 123.456789万元 × −10% = −12.3456789 → −12.35万元',
      { totalScore: '70.00', grade: 'fair', adjustedBudget: '1234567.89', amountUnit: 'yuan' },
      'reduce',
      '-12.35',
    ],
    [
      '中 without a 全年预算数: suggestion, no amount',
      { grade: 'fair', totalScore: '70', adjustedBudget: null },
      'reduce',
      null,
    ],
  ])('%s', (_what, r, suggestion, change) => {
    const e = one(r);
    expect(e.suggestion).toBe(suggestion);
    expect(e.change).toBe(change);
    expect(e.ruleChange).toBe(change);
    expect(e.overridden).toBe(false);
  });

  it('writes the rule with its arithmetic: 等级「中」… 120.00万元 × -10% = -12.00万元', () => {
    const e = one({ totalScore: '72.00', grade: 'fair' });
    expect(e.ruleText.zh).toBe(
      '等级「中」（优 ≥90、良 80–90、中 60–80、差 <60）：核减；全年预算数 120.00万元 × -10% = -12.00万元',
    );
    expect(e.suggestionLabel).toEqual({ zh: '核减', en: 'reduce' });
    expect(e.budget).toBe('120');
  });

  it('gives an unscored evaluation no suggestion and no amount', () => {
    const e = one({ totalScore: null, grade: null });
    expect([e.suggestion, e.change, e.ruleText.zh]).toEqual([null, null, '未评分，不提出结果应用建议']);
  });

  it('takes the grade from the score when the row has none (78.50 → 中)', () => {
    expect(one({ totalScore: '78.50', grade: null }).grade).toBe('fair');
  });

  it('lets an override replace suggestion and amount and keeps the rule beside it', () => {
    const e = one({
      totalScore: '72.00',
      grade: 'fair',
      override: { suggestion: 'reduce', change: '-20', reason: '连续两年为中' },
    });
    expect([e.suggestion, e.change, e.ruleChange, e.overridden, e.reason]).toEqual([
      'reduce',
      '-20',
      '-12',
      true,
      '连续两年为中',
    ]);
    expect(e.ruleText.zh).toContain('财政局调整为「核减」-20.00万元（按规则：等级「中」');
    expect(e.ruleText.zh).toContain('理由：连续两年为中');
  });
});

describe('applyResults with a rule set of its own', () => {
  const custom: RuleSet = {
    ...mof,
    rounding: { ...mof.rounding, mode: 'truncate' },
    resultsApplication: {
      amountPlaces: 1,
      rules: [
        { grade: 'excellent', suggestion: 'prioritise', changePercent: '5' },
        { grade: 'good', suggestion: 'asNeeded', changePercent: '0' },
        { grade: 'fair', suggestion: 'reduce', changePercent: '-10' },
        { grade: 'fair', minScore: '60', belowScore: '70', suggestion: 'reduce', changePercent: '-30' },
        { grade: 'poor', suggestion: 'cancelOrSuspend', changePercent: '-100' },
      ],
    },
  };

  it.each<[string, Partial<ResultsRow>, string]>([
    ['优 95: 120.00 × 5% = 6.00 → 6.0万元', { totalScore: '95', grade: 'excellent' }, '6'],
    [
      '中 75 (grade rule): 137.85 × −10% = −13.785 → −13.7 (truncate, 1 place)',
      { totalScore: '75', grade: 'fair', adjustedBudget: '137.85' },
      '-13.7',
    ],
    [
      '中 65 (band [60, 70)): 137.85 × −30% = −41.355 → −41.3',
      { totalScore: '65', grade: 'fair', adjustedBudget: '137.85' },
      '-41.3',
    ],
    [
      '中 70 (band excludes 70): 137.85 × −10% = −13.785 → −13.7',
      { totalScore: '70', grade: 'fair', adjustedBudget: '137.85' },
      '-13.7',
    ],
  ])('%s', (_what, r, change) => {
    expect(one(r, custom).change).toBe(change);
  });

  it('names the band in the rule text', () => {
    expect(one({ totalScore: '65', grade: 'fair' }, custom).ruleText.zh).toBe(
      '等级「中」且总分不低于 60 分且低于 70 分：核减；全年预算数 120.00万元 × -30% = -36.0万元',
    );
  });
});

describe('the suggestion list by department and unit', () => {
  const rows = [
    row({
      departmentId: 'd2',
      departmentName: '乙部门',
      unitId: 'u3',
      unitName: '丙单位',
      grade: 'fair',
      totalScore: '70',
    }),
    row({ grade: 'fair', totalScore: '72', adjustedBudget: '137.85' }),
    row({ grade: 'poor', totalScore: '50', adjustedBudget: '30.50' }),
    row({ unitId: 'u2', unitName: '乙单位', grade: 'excellent', totalScore: '95' }),
    row({
      departmentId: null,
      departmentName: null,
      unitId: 'u9',
      unitName: '直属单位',
      grade: 'fair',
      totalScore: '61',
    }),
  ];
  const list = applyResults(rows, mof);

  it('orders departments by name, units without one last', () => {
    expect(list.departments.map((d) => d.departmentName)).toEqual(['乙部门', '甲部门', null]);
  });

  it('adds 甲部门: 甲单位 (137.85 × −10% = −13.79) + (30.50 × −100% = −30.50) = −44.29; 乙单位 0; total −44.29', () => {
    const d = list.departments[1];
    expect(d?.units.map((u) => [u.unitName, u.budget, u.change])).toEqual([
      ['乙单位', '120', '0'],
      ['甲单位', '168.35', '-44.29'],
    ]);
    expect([d?.budget, d?.change]).toEqual(['288.35', '-44.29']);
  });

  it('adds the whole list: −12 (乙部门) − 44.29 (甲部门) − 12 (直属) = −68.29', () => {
    expect(list.change).toBe('-68.29');
    expect(list.budget).toBe('528.35');
  });

  it('publishes plain JSON without reasons', () => {
    const withOverride = applyResults(
      [
        row({
          grade: 'fair',
          totalScore: '70',
          override: { suggestion: 'reduce', change: '-5', reason: '内部意见' },
        }),
      ],
      mof,
    );
    const json = publishedResults(withOverride, 2024);
    expect(JSON.stringify(json)).not.toContain('内部意见');
    expect(json.departments[0]?.units[0]?.entries[0]).toMatchObject({
      suggestionText: '核减',
      change: '-5',
      adjusted: true,
      changePercent: null,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
