import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import type { ReportBlock } from './document';
import { buildReport } from './outline';
import { SEED_004 } from './seed-004.fixture';

const evaluation = evaluationSchema.parse(SEED_004);
const ruleSet = getRuleSet('chongqing-unit-wide');

const prior = {
  fiscalYear: 2022,
  items: [
    {
      sourceKind: 'finding' as const,
      problem: '部分绩效指标未量化',
      measure: '补充量化指标',
      status: 'closed' as const,
      deadline: '2022-12-31',
      report: '已补充 3 项数量指标',
    },
    {
      sourceKind: 'monitoring' as const,
      problem: '资金执行进度慢',
      measure: '按月调度支出',
      status: 'inProgress' as const,
      deadline: '2022-09-30',
    },
  ],
};

const inProblems = (blocks: ReportBlock[]) => {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.text === '存在的问题及原因分析');
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading' && b.level === 1);
  return rest.slice(0, end);
};

describe("last year's rectification items in the report", () => {
  it('are counted and listed in 存在的问题 after the unit own text', () => {
    const doc = buildReport(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet, [], {
      priorRectification: prior,
    });
    const blocks = inProblems(doc.blocks);
    const texts = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.sentence.text] : []));
    // 2 items: 1 closed, 2 − 1 = 1 open
    expect(texts).toContain('2022年度整改事项共2项，已销号1项，未销号1项。');
    const table = blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['自评审核发现', '部分绩效指标未量化', '补充量化指标', '已补充 3 项数量指标', '已销号'],
      ['重点监控', '资金执行进度慢', '按月调度支出', '', '整改中'],
    ]);
  });

  it('add nothing when there were none', () => {
    const without = buildReport(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet);
    const empty = buildReport(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet, [], {
      priorRectification: { fiscalYear: 2022, items: [] },
    });
    expect(empty.blocks).toEqual(without.blocks);
  });
});
