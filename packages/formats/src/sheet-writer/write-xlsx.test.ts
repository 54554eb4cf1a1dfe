import {
  dec,
  type Evaluation,
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
import { writeEvaluationJson } from '../evaluation-json/evaluation-json';
import { loadSeed, SEED_IDS } from '../report/seed-support';
import { NO_INDICATORS_MARKER } from '../sheet-reader/conventions';
import { readEvaluationGrid } from '../sheet-reader/read-sheet';
import { readEvaluationXlsx } from '../sheet-reader/read-workbook';
import { xlsxToGrids } from '../sheet-reader/xlsx-grid';
import { onSheet } from './round-trip-view';
import { writeSelfEvaluationXlsx } from './write-xlsx';

async function produce(id: string) {
  const seed = await loadSeed(id);
  const bytes = await writeSelfEvaluationXlsx(seed.evaluation, seed.result, seed.ruleSet);
  const [grid] = await xlsxToGrids(bytes, `${id}.xlsx`);
  if (!grid) throw new Error('the workbook has no sheet');
  return { seed, bytes, grid };
}

const codes = (findings: { code: string }[]) => findings.map((f) => f.code).sort();

/** The evaluation as JSON without where it was read from (each read names its own file). */
const asRead = (e: Evaluation) => {
  const { source: _source, ...meta } = e.meta;
  return JSON.parse(writeEvaluationJson({ ...e, meta }));
};

describe.each(SEED_IDS)('the 自评表 .xlsx of %s, read back', (id) => {
  it('gives back the evaluation it was written from, field for field', async () => {
    const { seed, bytes } = await produce(id);
    const back = await readEvaluationXlsx(bytes, `${id}.xlsx`);
    expect(asRead(back)).toEqual(asRead(seed.evaluation));
  });

  it('scores and checks to the same rule set, total, grade and findings as its source', async () => {
    const { seed, bytes } = await produce(id);
    const back = await readEvaluationXlsx(bytes, `${id}.xlsx`);
    expect(back.ruleSet).toBe(seed.ruleSet.id);
    const again = evaluate(back, getRuleSet(back.ruleSet));
    expect(again.result.totalScore.toString()).toBe(seed.result.totalScore.toString());
    expect(again.result.scored).toBe(seed.result.scored);
    expect(again.result.grade?.label).toBe(seed.result.grade?.label);
    expect(codes(again.findings)).toEqual(codes(seed.findings));
  });

  it('carries every field the form has a cell for on the visible sheet alone', async () => {
    const { seed, grid } = await produce(id);
    const back = readEvaluationGrid(grid);
    expect(onSheet(back, seed.evaluation)).toEqual(onSheet(seed.evaluation));
  });

  it('states the engine figures on the visible sheet: 执行率, funds-row 得分, every 得分, 总分 and 等级', async () => {
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
    // 分值 then 执行率 on the national form (F, G); 执行率 then 执行率权重 on Chongqing's (F, G).
    const [w, rate] = seed.evaluation.kind === 'project' ? ['F', 'G'] : ['G', 'F'];
    if (r.execution.ratePercent && r.execution.basis !== 'manual') {
      expect(formulas[`${rate}6`]?.formula).toBe(
        'IF(AND(ISNUMBER(D6),ISNUMBER(E6),D6<>0),ROUND(E6/D6,4),"—")',
      );
      expect(fixed(dec(String(formulas[`${rate}6`]?.result)).times(100), 2)).toBe(
        fixed(r.execution.ratePercent, 2),
      );
      expect(formulas.H6?.formula).toBe(`IF(ISNUMBER(${rate}6),ROUND(MIN(${w}6*${rate}6,${w}6),2),0)`);
      expect(String(formulas.H6?.result)).toBe(r.execution.score.toString());
    }
  });

  it('prints on one A4 landscape page with borders and two-decimal formats without thousands separators', async () => {
    const { bytes, seed } = await produce(id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const ws = wb.worksheets[0];
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(ws?.pageSetup.fitToPage).toBe(true);
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.getCell('C6').numFmt).toBe('0.00');
    expect(ws?.getCell(seed.evaluation.kind === 'project' ? 'G6' : 'F6').numFmt).toBe('0.00%');
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
    const visible = readEvaluationGrid(grid);
    expect(onSheet(visible, evaluation)).toEqual(onSheet(evaluation));
    const back = await readEvaluationXlsx(bytes, 'full.xlsx');
    expect(asRead(back)).toEqual(asRead(evaluation));
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
    // The visible sheet states the engine's figures; the file as a whole gives back the source's (none).
    expect(visible.stated.executionRate).toBe('95.5');
    expect(visible.stated.executionScore).toBe('9.55');
    expect(back.stated).toEqual(evaluation.stated);
    expect(back.stated.totalScore).toBeUndefined();
    // 9.55 + 20 (56 ≥ 50) + 15 (1.7 ≤ 2) + 14.21 (90/95 × 15) + 27 (达成, chosen) + 9 (by hand) = 94.76.
    expect(result.totalScore.toString()).toBe('94.76');
    expect(scoreEvaluation(back, ruleSet).totalScore.toString()).toBe(result.totalScore.toString());
    expect(visible.stated.totalScore).toBe(result.totalScore.toString());
  });
});

describe('the labels of the 自评表', () => {
  const rowOf = (grid: { rows: ({ text: string } | undefined)[][] }, label: string) =>
    grid.rows.find((r) => r.some((c) => c?.text === label))?.map((c) => c?.text ?? '');

  it('are the national form’s on a 项目支出 sheet: 其中：当年财政拨款, 上年结转资金, 其他资金; 分值 before 执行率', async () => {
    const { grid } = await produce('seed-001');
    expect(rowOf(grid, '其中：当年财政拨款')?.[1]).toBe('其中：当年财政拨款');
    expect(rowOf(grid, '上年结转资金')?.[1]).toBe('上年结转资金');
    expect(rowOf(grid, '其他资金')?.[1]).toBe('其他资金');
    expect(rowOf(grid, '年初预算数')?.slice(2, 8)).toEqual([
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    expect(rowOf(grid, '预期目标')?.[0]).toBe('年度总体目标');
  });

  it('are Chongqing’s on a 部门整体 sheet: 执行率 before 执行率权重, and 当年绩效目标', async () => {
    const { grid } = await produce('seed-004');
    expect(rowOf(grid, '年初预算数')?.slice(2, 8)).toEqual([
      '年初预算数',
      '全年（调整）预算数',
      '全年执行数',
      '执行率',
      '执行率权重',
      '执行率得分',
    ]);
    expect(rowOf(grid, '全年（调整）绩效目标')?.[0]).toBe('当年绩效目标');
    expect(rowOf(grid, '全年（调整）绩效目标')?.[5]).toBe('全年目标实际完成情况');
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
