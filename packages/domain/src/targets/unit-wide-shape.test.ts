import { describe, expect, it } from 'vitest';
import { parseEvaluation } from '../model/parse';
import { targetDeclarationSchema } from '../model/target-declaration';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import { checkDeclaration } from './check-declaration';
import { compareWithDeclaration } from './compare';
import { evaluationFromDeclaration } from './to-evaluation';

/**
 * A 部门整体 declaration of the shape of a district science bureau's 2022 self-evaluation (seed 004):
 * ten indicators under one 一级 "绩效指标" (重庆's catch-all block), 15 + 15 + 10 × 4 + 5 × 4 = 90
 * points, and an annual budget of 2931.88 万元. The texts are this test's own.
 */
const names = [
  '新增科技企业',
  '新增高企',
  '创新大赛',
  '科技周活动',
  '特派员',
  '技术合同',
  '成果登记',
  '专利申请',
  '职工满意',
  '企业满意',
];
const weights = ['15', '15', '10', '10', '10', '10', '5', '5', '5', '5'];
const declaration = targetDeclarationSchema.parse({
  kind: 'unitWide',
  fiscalYear: 2022,
  ruleSet: 'chongqing-unit-wide',
  unit: { name: '某区科学技术局', region: { name: '某区' } },
  funds: { annual: { total: '2931.88' } },
  goals: { annual: '培育科技企业，促进成果转化' },
  indicators: names.map((name, i) => ({
    level1: '绩效指标',
    name,
    weight: weights[i],
    target:
      i < 8
        ? { comparator: '>=', value: String(10 * (i + 1)), unit: '个' }
        : { comparator: '>=', value: '90', unit: '%' },
    basis: 'plan',
    libraryId: `lib-${i + 1}`,
  })),
});
const ruleSet = getRuleSet('chongqing-unit-wide');

describe('a 部门整体 declaration becomes its 2022 self-evaluation', () => {
  it('passes the target checks of the 重庆 rule set', () => {
    expect(checkDeclaration(declaration, ruleSet)).toEqual([]);
  });

  it('gives an evaluation that scores once the actual values are entered, with nothing typed twice', () => {
    const evaluation = parseEvaluation(evaluationFromDeclaration(declaration));
    expect(evaluation.funds.total.initialBudget).toBe('2931.88');
    expect(evaluation.indicators).toHaveLength(10);
    // every target met exactly: 10 + … + 80 个 and 90 %, so every indicator earns its weight (sum 90)
    for (const row of evaluation.indicators) row.actual = { value: row.target?.value ?? '0' };
    const result = scoreEvaluation(evaluation, ruleSet);
    expect(result.indicatorScore.toFixed()).toBe('90');
    expect(compareWithDeclaration(evaluation, declaration)).toEqual([]);
  });
});
