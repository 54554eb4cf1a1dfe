import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import { annexBlocks, mergeRuns } from './annex';
import type { ReportBlock } from './document';
import { buildReportFacts } from './facts';
import { SEED_004 } from './seed-004.fixture';

describe('mergeRuns merges equal 一级/二级 labels down the annex table', () => {
  it('gives the run length to the first row and 0 to the rows it covers', () => {
    expect(mergeRuns(['产出', '产出', '产出', '效益', '满意度', '满意度'])).toEqual([3, 0, 0, 1, 2, 0]);
  });

  it('does not merge equal labels that are not next to each other', () => {
    expect(mergeRuns(['产出', '效益', '产出'])).toEqual([1, 1, 1]);
  });

  it('handles an empty table', () => {
    expect(mergeRuns([])).toEqual([]);
  });
});

describe('the annex 自评表 tables', () => {
  const annex = (input: EvaluationInput) => {
    const evaluation = evaluationSchema.parse(input);
    const ruleSet = getRuleSet(evaluation.ruleSet);
    return annexBlocks(
      evaluation,
      buildReportFacts(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet),
    );
  };
  const tables = (input: EvaluationInput) =>
    annex(input).filter((b): b is Extract<ReportBlock, { type: 'table' }> => b.type === 'table');

  it('prints every funds row of the form, the 其中 rows with "—" where the data has no figure', () => {
    const withParts: EvaluationInput = {
      ...SEED_004,
      funds: { ...SEED_004.funds, fiscalAppropriation: { initialBudget: '2000', executed: '1000.5' } },
    };
    const [funds] = tables(withParts);
    expect(funds?.rows.map((r) => r.slice(0, 4).map((c) => c.text))).toEqual([
      ['年度资金总额', '2931.88', '2851.19', '1209.56'],
      ['其中：当年财政拨款', '2000.00', '—', '1000.50'],
      ['上年结转资金', '—', '—', '—'],
      ['其他资金', '—', '—', '—'],
    ]);
  });

  it('writes targets with the sign as written ("=100%", "≥150家") and keeps the unit of a completion', () => {
    const input: EvaluationInput = {
      ...SEED_004,
      indicators: [
        {
          level1: '产出指标',
          name: '验收合格率',
          weight: '10',
          target: { comparator: '=', value: '100', unit: '%' },
          actual: { value: '100' },
        },
        {
          level1: '产出指标',
          name: '新增企业',
          weight: '10',
          actual: { value: '171', text: '本年度新增科技型企业171家' },
        },
        {
          level1: '产出指标',
          name: '办结时限',
          weight: '10',
          target: { comparator: '<=', value: '3', unit: '天' },
          actual: { value: '2' },
        },
      ],
    };
    const indicators = tables(input).at(-1);
    // 一级/二级 cells are merged down, so each row is read from its 三级指标 on.
    const fromName = (row: { text: string }[], name: string) => {
      const texts = row.map((c) => c.text);
      return texts.slice(texts.indexOf(name), texts.indexOf(name) + 3);
    };
    const rows = indicators?.rows ?? [];
    expect(['验收合格率', '新增企业', '办结时限'].map((n, i) => fromName(rows[i] ?? [], n))).toEqual([
      ['验收合格率', '=100%', '100%'],
      ['新增企业', '—', '171家'],
      ['办结时限', '≤3天', '2天'],
    ]);
  });
});
