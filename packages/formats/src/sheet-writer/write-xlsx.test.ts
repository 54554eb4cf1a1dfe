import {
  dec,
  evaluate,
  fixed,
  getRuleSet,
  isJixiaoError,
  parseEvaluation,
  printsExecutionScore,
  scoreEvaluation,
} from '@jixiao/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadSeed, SEED_IDS } from '../report/seed-support';
import { NO_INDICATORS_MARKER } from '../sheet-reader/conventions';
import { readEvaluationGrid } from '../sheet-reader/read-sheet';
import { xlsxToGrids } from '../sheet-reader/xlsx-grid';
import { onSheet, sheetPart } from './round-trip-view';
import { writeSelfEvaluationXlsx } from './write-xlsx';

async function produce(id: string) {
  const seed = await loadSeed(id);
  const bytes = await writeSelfEvaluationXlsx(seed.evaluation, seed.result, seed.ruleSet);
  const [grid] = await xlsxToGrids(bytes, `${id}.xlsx`);
  if (!grid) throw new Error('the workbook has no sheet');
  return { seed, bytes, grid };
}

const codes = (findings: { code: string }[]) => findings.map((f) => f.code).sort();

describe.each(SEED_IDS)('the 自评表 .xlsx of %s, read back', (id) => {
  it('gives the same evaluation on every field the sheet carries', async () => {
    const { seed, grid } = await produce(id);
    const back = readEvaluationGrid(grid);
    expect(onSheet(back, seed.evaluation)).toEqual(onSheet(seed.evaluation));
  });

  it('scores and checks to the same total, grade and findings under the seed rule set', async () => {
    const { seed, grid } = await produce(id);
    const back = evaluate(readEvaluationGrid(grid), seed.ruleSet);
    expect(back.result.totalScore.toString()).toBe(seed.result.totalScore.toString());
    expect(back.result.scored).toBe(seed.result.scored);
    expect(back.result.grade?.label).toBe(seed.result.grade?.label);
    expect(back.result.execution.score.toString()).toBe(seed.result.execution.score.toString());
    expect(back.result.indicators.map((i) => i.score.toString())).toEqual(
      seed.result.indicators.map((i) => i.score.toString()),
    );
    // The read-back sheet keeps its stated figures: any disagreement with the engine would add a finding.
    expect(codes(back.findings)).toEqual(codes(evaluate(sheetPart(seed.evaluation), seed.ruleSet).findings));
  });

  it('states the engine figures: 执行率, funds-row 得分, every 得分, 总分 and 等级', async () => {
    const { seed, grid } = await produce(id);
    const back = readEvaluationGrid(grid);
    const r = seed.result;
    // An unscored seed (000, 002, 003) writes 未评分 and a dash: read back, no total and no grade.
    expect(back.stated.totalScore).toBe(r.scored ? r.totalScore.toString() : undefined);
    expect(back.stated.grade).toBe(r.grade?.label);
    expect(back.stated.executionScore).toBe(
      printsExecutionScore(r) ? r.execution.score.toString() : undefined,
    );
    expect(back.stated.executionRate).toBe(r.execution.ratePercent?.toString());
    expect(back.indicators).toHaveLength(r.indicators.length);
    back.indicators.forEach((i, n) => {
      expect(dec(i.score ?? '-1').equals(r.indicators[n]?.score ?? dec(-2))).toBe(true);
    });
  });
});

describe('the findings a seed loses on the sheet', () => {
  it('are exactly those about data the 自评表 has no cell for', async () => {
    // Seed 002: spending above income (收支 live in the report); seed 003: income parts and their shares;
    // seed 004: the printed 得分率 98% and the unspent money with 无结转结余 (carryover is not on the form).
    const lost: Record<string, string[]> = {
      'seed-000': [],
      'seed-001': [],
      'seed-002': ['expenditure.excess-without-source'],
      'seed-003': ['income.parts-mismatch', 'share.mismatch'],
      'seed-004': ['carryover.unspent-not-carried', 'indicator.score-rate-mismatch'],
    };
    for (const id of SEED_IDS) {
      const { seed, grid } = await produce(id);
      const back = codes(evaluate(readEvaluationGrid(grid), seed.ruleSet).findings);
      expect(codes(seed.findings).filter((c) => !back.includes(c))).toEqual(lost[id]);
    }
  });
});

describe('the 自评表 of an evaluation without indicators', () => {
  it('says so in one row of the indicator table, which reads back as an empty tree', async () => {
    const { seed, grid } = await produce('seed-002');
    const header = grid.rows.findIndex((r) => r.some((c) => c?.text === '三级指标'));
    expect(grid.rows[header + 1]?.slice(1).map((c) => c?.text)).toEqual(
      Array.from({ length: 8 }, () => NO_INDICATORS_MARKER),
    );
    expect(seed.evaluation.indicators).toEqual([]);
    expect(readEvaluationGrid(grid).indicators).toEqual([]);
  });

  it('is refused at the header row once the marker row is blanked out', async () => {
    const { grid } = await produce('seed-002');
    const header = grid.rows.findIndex((r) => r.some((c) => c?.text === '三级指标'));
    grid.rows[header + 1] = [grid.rows[header + 1]?.[0]];
    const error = (() => {
      try {
        readEvaluationGrid(grid);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(isJixiaoError(error)).toBe(true);
    if (!isJixiaoError(error)) return;
    expect(error.issues.map((i) => [i.location?.sheet, i.location?.row, i.location?.column])).toEqual([
      ['部门整体支出绩效自评表', header + 1, 'D'],
    ]);
    expect(error.issues[0]?.message.text.zh).toContain('没有任何指标行');
  });
});

describe.each(SEED_IDS)('the 自评表 .xlsx of %s', (id) => {
  it('keeps live formulas for 执行率, the funds-row 得分 and 总分 with the engine values cached', async () => {
    const { seed, bytes } = await produce(id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const formulas: Record<string, { formula: string; result: unknown }> = {};
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v)
          formulas[cell.address] = { formula: v.formula ?? '', result: v.result };
      });
    });
    const r = seed.result;
    const total = Object.values(formulas).find((f) =>
      /^ROUND\(H6\+SUM\(H\d+:H\d+\),2\)$|^ROUND\(H6,2\)$/.test(f.formula),
    );
    // A 0 cannot be cached by ExcelJS, so a zero total is written as the plain value (see formulaCell).
    if (r.totalScore.isZero()) expect(total).toBeUndefined();
    else expect(String(total?.result)).toBe(r.totalScore.toString());
    if (r.execution.ratePercent && r.execution.basis !== 'manual') {
      expect(formulas.G6?.formula).toBe('IF(AND(ISNUMBER(D6),ISNUMBER(E6),D6<>0),ROUND(E6/D6,4),"—")');
      expect(fixed(dec(String(formulas.G6?.result)).times(100), 2)).toBe(fixed(r.execution.ratePercent, 2));
      expect(formulas.H6?.formula).toBe('IF(ISNUMBER(G6),ROUND(MIN(F6*G6,F6),2),0)');
      expect(String(formulas.H6?.result)).toBe(r.execution.score.toString());
    }
  });

  it('prints on one A4 landscape page with borders and two-decimal formats without thousands separators', async () => {
    const { bytes } = await produce(id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const ws = wb.worksheets[0];
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(ws?.pageSetup.fitToPage).toBe(true);
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.getCell('C6').numFmt).toBe('0.00');
    expect(ws?.getCell('G6').numFmt).toBe('0.00%');
    expect(ws?.getCell('C6').border?.top?.style).toBe('thin');
    expect(ws?.getCell('A1').isMerged).toBe(true);
  });
});

describe('the seed 004 自评表', () => {
  it('shows 1209.56 / 2851.19 = 42.42%, 4.24 and 94.24 (优)', async () => {
    const { grid } = await produce('seed-004');
    const cells = grid.rows.flat().map((c) => c?.text);
    expect(cells).toContain('0.4242');
    expect(cells).toContain('4.24');
    expect(cells).toContain('94.24');
    expect(cells).toContain('优');
  });
});

describe('a full 项目支出 自评表 (sub-rows, several goals, ≤ and qualitative targets)', () => {
  const evaluation = parseEvaluation({
    kind: 'project',
    fiscalYear: 2023,
    amountUnit: 'wanYuan',
    unit: { name: '某区科学技术协会', department: '某区科学技术协会' },
    project: { name: '科普惠民工程', code: '11010223T000000123456', implementingUnit: '某区青少年科技中心' },
    funds: {
      total: { initialBudget: '120', adjustedBudget: '100', executed: '95.5' },
      fiscalAppropriation: { initialBudget: '100', adjustedBudget: '80', executed: '78.25' },
      priorYearCarryover: { initialBudget: '20', adjustedBudget: '20', executed: '17.25' },
    },
    goals: [
      { expected: '开展科普活动不少于50场', actual: '开展科普活动56场' },
      { expected: '受众满意度不低于90%', actual: '受众满意度95%' },
    ],
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '科普活动场次',
        weight: '20',
        target: { comparator: '>=', value: '50', unit: '场', text: '不少于50场' },
        actual: { value: '56' },
      },
      {
        level1: '产出指标',
        level2: '成本指标',
        name: '单场活动成本',
        weight: '15',
        target: { comparator: '<=', value: '2', unit: '万元' },
        actual: { value: '1.7' },
      },
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '活动合格率',
        weight: '15',
        target: { comparator: '>=', value: '95', unit: '%' },
        actual: { value: '90' },
        deviationReason: '两场活动因天气延期',
        improvementMeasure: '调整活动排期，避开雨季',
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '公众科学素质提升',
        weight: '30',
        target: { comparator: 'qualitative', text: '效果明显' },
        actual: { tier: 'met', text: '公众反响良好' },
        score: '27',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '受众满意度',
        weight: '10',
        target: { comparator: '>=', value: '90', unit: '%' },
        actual: { value: '95' },
        manualScore: { score: '9', reason: '问卷回收率不足，酌情扣 1 分' },
      },
    ],
  });
  const ruleSet = getRuleSet('mof-2020');

  it('reads back to the same evaluation and the same score', async () => {
    const { result } = evaluate(evaluation, ruleSet);
    const bytes = await writeSelfEvaluationXlsx(evaluation, result, ruleSet);
    const [grid] = await xlsxToGrids(bytes, 'full.xlsx');
    if (!grid) throw new Error('no sheet');
    const back = readEvaluationGrid(grid);
    expect(onSheet(back, evaluation)).toEqual(onSheet(evaluation));
    // Spelled out, beyond onSheet: the unit's words, the tier, 改进措施, the manual score, 项目编码 and 实施单位.
    expect(back.unit.name).toBe('某区科学技术协会');
    expect(back.project).toEqual({
      name: '科普惠民工程',
      code: '11010223T000000123456',
      implementingUnit: '某区青少年科技中心',
    });
    expect(back.indicators[0]?.target?.text).toBe('不少于50场');
    expect(back.indicators[3]?.actual).toEqual({ tier: 'met', text: '公众反响良好' });
    expect(back.indicators[2]?.deviationReason).toBe('两场活动因天气延期');
    expect(back.indicators[2]?.improvementMeasure).toBe('调整活动排期，避开雨季');
    expect(back.indicators[4]?.manualScore).toEqual({ score: '9', reason: '问卷回收率不足，酌情扣 1 分' });
    // 95.5 / 100 = 95.50% → 9.55 of 10; the rescored sheet gives the same total as the engine.
    expect(back.stated.executionRate).toBe('95.5');
    expect(back.stated.executionScore).toBe('9.55');
    // 9.55 + 20 (56 ≥ 50) + 15 (1.7 ≤ 2) + 14.21 (90/95 × 15) + 27 (达成, chosen) + 9 (by hand) = 94.76.
    expect(result.totalScore.toString()).toBe('94.76');
    expect(scoreEvaluation(back, ruleSet).totalScore.toString()).toBe(result.totalScore.toString());
    expect(back.stated.totalScore).toBe(result.totalScore.toString());
  });
});

describe.each(['seed-000', 'seed-002', 'seed-003'])('the 自评表 of %s, which has no indicator', (id) => {
  it('writes 未评分 in the 总分 cell and a dash, not a grade, in the 自评等级 cell', async () => {
    const { grid } = await produce(id);
    const rowOf = (label: string) => grid.rows.find((r) => r.some((c) => c?.text === label)) ?? [];
    const total = rowOf('总分').map((c) => c?.text);
    expect(total).toContain('未评分');
    expect(total).not.toContain('0');
    const grade = rowOf('自评等级').map((c) => c?.text);
    expect(grade).toContain('—');
    for (const label of ['优', '良', '中', '差']) expect(grade).not.toContain(label);
    // No execution rate either: the funds row's 得分 is "—", not the rule's 0.
    const funds = rowOf('年度资金总额').map((c) => c?.text);
    expect(funds).not.toContain('0');
    // The unit-wide header's 自评总分 reads the same.
    expect(rowOf('自评总分').map((c) => c?.text)).toContain('未评分');
  });
});
