import {
  type EvaluationInput,
  evaluate,
  getRuleSet,
  type Indicator,
  parseEvaluation,
  TIERS,
} from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEvaluationGrid } from '../sheet-reader/read-sheet';
import { readEvaluationXlsx } from '../sheet-reader/read-workbook';
import { xlsxToGrids } from '../sheet-reader/xlsx-grid';
import { onSheet } from './round-trip-view';
import { writeSelfEvaluationXlsx } from './write-xlsx';

/**
 * Any 项目支出 evaluation the form can hold — quantitative and qualitative rows, tiers with and without
 * the unit's words, scores set by hand, 偏差原因 and 改进措施 (at least one row: a project sheet without
 * indicators is refused) — written as the 自评表 and read back, keeps every field the form carries on
 * its visible sheet (see onSheet), gives back the whole evaluation with its data sheet, and scores to
 * the same total.
 */

// The 二级 of a 一级 is fixed here: a blank 二级 cell under a filled one reads as carried down (merged
// cells saved as CSV are blank), so a form cannot tell "no 二级" from "same 二级" within one 一级.
const BLOCKS = [
  { level1: '产出指标', level2: '数量指标' },
  { level1: '效益指标', level2: undefined },
  { level1: '满意度指标', level2: '服务对象满意度指标' },
] as const;

const amount = fc.integer({ min: 1, max: 100_000 }).map((n) => (n / 100).toFixed(2).replace(/\.?0+$/, ''));

const quantitative = fc.record({
  comparator: fc.constantFrom('>=' as const, '<=' as const, '=' as const),
  value: amount,
  unit: fc.constantFrom('个', '%', '场', '万元'),
  actual: amount,
  words: fc.boolean(),
});

const qualitative = fc.record({
  text: fc.constantFrom('效果明显', '稳步提升'),
  tier: fc.constantFrom(...TIERS),
  words: fc.option(fc.constantFrom('公众反响良好', '两场延期（天气原因）'), { nil: undefined }),
});

const row = fc.record({
  block: fc.constantFrom(...BLOCKS),
  weight: fc.integer({ min: 1, max: 30 }),
  target: fc.oneof(quantitative, qualitative),
  manual: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
  deviationReason: fc.option(fc.constantFrom('资金到位较晚', '受天气影响延期'), { nil: undefined }),
  improvementMeasure: fc.option(fc.constantFrom('加强调度', '提前谋划'), { nil: undefined }),
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function indicatorOf(r: Row, i: number): Indicator {
  const t = r.target;
  const base: Indicator = {
    level1: r.block.level1,
    ...(r.block.level2 ? { level2: r.block.level2 } : {}),
    name: `指标${i + 1}`,
    weight: String(r.weight),
    ...(r.deviationReason ? { deviationReason: r.deviationReason } : {}),
    ...(r.improvementMeasure ? { improvementMeasure: r.improvementMeasure } : {}),
    ...(r.manual !== undefined
      ? { manualScore: { score: String(Math.min(r.manual, r.weight)), reason: '按佐证材料酌情评定' } }
      : {}),
  };
  if ('tier' in t) {
    return {
      ...base,
      target: { comparator: 'qualitative', text: t.text },
      actual: { tier: t.tier, ...(t.words ? { text: t.words } : {}) },
    };
  }
  const sign = { '>=': '不低于', '<=': '不高于', '=': '' }[t.comparator];
  return {
    ...base,
    target: {
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      ...(t.words && sign ? { text: `${sign}${t.value}${t.unit}` } : {}),
    },
    actual: { value: t.actual },
  };
}

describe('the 自评表 .xlsx round trip', () => {
  it('keeps what the form carries and the total of any 项目支出 evaluation', async () => {
    const ruleSet = getRuleSet('mof-2020');
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        amount,
        amount,
        async (rows, budget, executed) => {
          const input: EvaluationInput = {
            kind: 'project',
            fiscalYear: 2024,
            unit: { name: '某区科学技术协会' },
            project: { name: '科普活动' },
            funds: { total: { initialBudget: budget, adjustedBudget: budget, executed } },
            indicators: rows.map(indicatorOf),
          };
          const evaluation = parseEvaluation(input);
          const { result } = evaluate(evaluation, ruleSet);
          const bytes = await writeSelfEvaluationXlsx(evaluation, result, ruleSet);
          const [grid] = await xlsxToGrids(bytes, 'p.xlsx');
          if (!grid) throw new Error('no sheet');
          expect(onSheet(readEvaluationGrid(grid), evaluation)).toEqual(onSheet(evaluation));
          // With its data sheet the file gives back the very evaluation (the read names its own source).
          const back = await readEvaluationXlsx(bytes, 'p.xlsx');
          expect({ ...back, meta: {} }).toEqual({ ...evaluation, meta: {} });
          const again = evaluate(back, ruleSet).result;
          expect(again.totalScore.toString()).toBe(result.totalScore.toString());
          expect(again.grade?.label).toBe(result.grade?.label);
        },
      ),
      { numRuns: 40 },
    );
  });
});
