import { describe, expect, it } from 'vitest';
import { getRuleSet } from './registry';
import { DEFAULT_RESULTS_APPLICATION, type ResultsApplicationRulesInput } from './results-rules';
import type { RuleSet } from './rule-set';
import { validateRuleSet } from './validate';

const mof = getRuleSet('mof-2020');
const withResults = (resultsApplication: ResultsApplicationRulesInput): unknown => ({
  ...structuredClone(mof),
  resultsApplication,
});

function messages(input: unknown): string[] {
  const r = validateRuleSet(input);
  return r.ok ? [] : r.issues.map((i) => `${i.location?.path ?? ''}: ${i.message.text.zh}`);
}

const DEFAULT_RULES = DEFAULT_RESULTS_APPLICATION.rules;

describe('the results-application rules of a rule set', () => {
  it('default to the practice rule: 优 优先保障 0%, 良 据实保障 0%, 中 核减 −10%, 差 取消或暂停 −100%', () => {
    expect(DEFAULT_RULES.map((r) => [r.grade, r.suggestion, r.changePercent])).toEqual([
      ['excellent', 'prioritise', '0'],
      ['good', 'asNeeded', '0'],
      ['fair', 'reduce', '-10'],
      ['poor', 'cancelOrSuspend', '-100'],
    ]);
    expect(DEFAULT_RESULTS_APPLICATION.amountPlaces).toBe(2);
  });

  it('accept the defaults written out and a band inside a grade', () => {
    const r = validateRuleSet(
      withResults({
        amountPlaces: 2,
        rules: [
          ...DEFAULT_RULES,
          { grade: 'fair', minScore: '60', belowScore: '70', suggestion: 'reduce', changePercent: '-20' },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.ruleSet.resultsApplication?.rules).toHaveLength(5);
  });

  it.each<[string, ResultsApplicationRulesInput, string[]]>([
    [
      'a grade without a rule (差 left out)',
      { rules: DEFAULT_RULES.filter((r) => r.grade !== 'poor') },
      ['resultsApplication.rules: 等级「差」缺少结果应用规则（须有一条不分分数段的规则）'],
    ],
    [
      'two plain rules for one grade',
      { rules: [...DEFAULT_RULES, { grade: 'good', suggestion: 'reduce', changePercent: '-5' }] },
      ['resultsApplication.rules[4].grade: 等级「良」有两条不分分数段的规则，只能有一条'],
    ],
    [
      'a cut beyond the whole budget (−120%)',
      { rules: DEFAULT_RULES.map((r) => (r.grade === 'poor' ? { ...r, changePercent: '-120' } : r)) },
      ['resultsApplication.rules[3].changePercent: 预算调整比例 -120% 应在 −100% 至 100% 之间'],
    ],
    [
      'a band whose lower bound is not below its upper bound (70 ≥ 65)',
      {
        rules: [
          ...DEFAULT_RULES,
          { grade: 'fair', minScore: '70', belowScore: '65', suggestion: 'reduce', changePercent: '-20' },
        ],
      },
      ['resultsApplication.rules[4].minScore: 分数下限 70 应小于分数上限 65'],
    ],
    [
      'overlapping bands of one grade ([60, 70) and [65, 80))',
      {
        rules: [
          ...DEFAULT_RULES,
          { grade: 'fair', minScore: '60', belowScore: '70', suggestion: 'reduce', changePercent: '-20' },
          { grade: 'fair', minScore: '65', belowScore: '80', suggestion: 'reduce', changePercent: '-5' },
        ],
      },
      ['resultsApplication.rules[5]: 等级「中」的分数段与第 5 条规则的分数段重叠'],
    ],
  ])('refuse %s', (_what, results, expected) => {
    expect(messages(withResults(results))).toEqual(expected);
  });

  it('refuse a grade the rule set does not have', () => {
    const rs: RuleSet = structuredClone(mof);
    rs.grades = rs.grades.filter((g) => g.key !== 'excellent');
    const first = rs.grades[0];
    if (first) first.min = '80';
    const issues = messages({ ...rs, resultsApplication: { rules: DEFAULT_RULES } });
    expect(issues).toContain('resultsApplication.rules[0].grade: 等级「excellent」不是本规则集的等级');
  });

  it('refuse an unknown suggestion by naming the field', () => {
    const unknownSuggestion = { grade: 'excellent', suggestion: 'double', changePercent: '0' };
    const issues = messages({
      ...structuredClone(mof),
      resultsApplication: { rules: [...DEFAULT_RULES.slice(1), unknownSuggestion] },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^resultsApplication\.rules\[3\]\.suggestion: /);
  });
});
