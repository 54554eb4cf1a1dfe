import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from './test-support';

/**
 * The command line on the files people actually have: an official 自评表 (.xlsx, Sichuan 一体化 layout,
 * amounts in 元) and a rule set of their own (.yaml).
 */

let dir = '';
let sheet = '';
const _ = null;

// Sichuan 2023 layout: 预算执行情况 with 调整后预算数, 指标性质 and 度量单位 columns, amounts in 元.
const ROWS: (string | number | null)[][] = [
  [],
  [_, '项目支出绩效自评表'],
  [_, '（2023年度）'],
  [],
  [_, '项目名称：科普惠民工程', _, _, _, _, '单位名称', '某县科普中心'],
  [_, '主管部门', '某县科学技术协会', _, _, _, _, _, _, _, '金额单位：元'],
  [],
  [
    _,
    '预算执行情况（10分）',
    _,
    '年初预算',
    '调整后预算数',
    '预算执行数',
    '预算执行率',
    '权重',
    '得分',
    '原因',
  ],
  [_, _, '总额', 500000, 480000, 456000, '95%', 10, 9.5, _],
  [],
  [_, '年度总体目标', '开展科普活动20场，受益群众1万人次。'],
  [],
  [
    _,
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '完成值',
    '权重',
    '得分',
    '未完成原因分析',
  ],
  [_, '产出指标', '数量指标', '科普活动场次', '≥', 20, '场', 22, 30, 30, _],
  [_, _, _, '受益人次', '≥', 10000, '人次', 9000, 20, 18, '天气原因部分活动取消'],
  [_, _, '经济成本指标', '单场活动成本', '≤', 2, '万元', 1.9, 10, 10, _],
  [_, '效益指标', '社会效益指标', '公众科学素质提升', '定性', '明显提升', _, '达成年度指标', 20, 18, _],
  [_, '满意度指标', '服务对象满意度指标', '参与群众满意度', '≥', 90, '%', 96, 10, 10, _],
];

async function writeSheet(name: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** ROWS with one cell changed (1-based row and column, as Excel shows them). */
function withCell(row: number, column: number, value: string | number | null): (string | number | null)[][] {
  const rows = ROWS.map((r) => [...r]);
  const target = rows[row - 1];
  if (target) target[column - 1] = value;
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-sheet-'));
  sheet = await writeSheet('自评表.xlsx', ROWS);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('jixiao on an official .xlsx sheet', () => {
  it('scores it: 456000 ÷ 480000 = 95% → 9.5, indicators 30 + 18 + 10 + 18 + 10 = 86, total 95.5 → 优', () => {
    // 受益人次 9000 < 10000: 20 × 9000 ÷ 10000 = 18; 单场成本 1.9 ≤ 2: 10; 定性 达成: the unit's 18 in [16, 20]
    const run = runCli(['score', sheet, '--rules', 'sichuan', '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { executionScore: string; totalScore: string; grade: string };
    expect(out.executionScore).toBe('9.50');
    expect(out.totalScore).toBe('95.50');
    expect(out.grade).toBe('优');
  });

  it('converts it to the project JSON, amounts in 元 kept exactly', () => {
    const out = join(dir, 'sheet.json');
    expect(runCli(['convert', sheet, '--to', 'json', '--out', out]).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      amountUnit: string;
      project: { name: string };
      funds: { total: { adjustedBudget: string; executed: string } };
      indicators: unknown[];
    };
    expect(json.amountUnit).toBe('yuan');
    expect(json.project.name).toBe('科普惠民工程');
    expect(json.funds.total).toMatchObject({ adjustedBudget: '480000', executed: '456000' });
    expect(json.indicators).toHaveLength(5);
  });
});

describe('jixiao on a damaged .xlsx sheet: exit 2, a Chinese message naming sheet, row and column, no stack', () => {
  const damaged: [string, () => (string | number | null)[][], RegExp][] = [
    // I15 is the 权重 of 受益人次 (row 15, column I)
    ['text in a number cell', () => withCell(15, 9, '二十'), /第 15 行.*I 列/],
    ['a weight of 0', () => withCell(15, 9, 0), /第 15 行.*I 列/],
    // the header row loses its 三级指标 column label: the table can no longer be read by its labels
    // (the message names the missing label and the sheets it looked in)
    ['a wrong column header', () => withCell(13, 4, '备注'), /「三级指标」[\s\S]*「自评表」/],
    // every indicator row blanked: an empty tree
    ['an empty indicator tree', () => ROWS.map((r, i) => (i >= 13 ? [] : [...r])), /第 13 行/],
  ];
  for (const [what, rows, where] of damaged) {
    it(`refuses ${what}`, async () => {
      const file = await writeSheet(`damaged-${what.replace(/\s+/g, '-')}.xlsx`, rows());
      const run = runCli(['score', file]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('自评表');
      expect(run.stderr).toMatch(where);
      expect(run.stderr).not.toMatch(/^\s+at\s/m);
    });
  }
});

describe('jixiao with a rule set file of your own', () => {
  it('grades 94.24 as 良 under a copy of mof-2020 whose 优 starts at 95', () => {
    const shown = runCli(['rules', 'show', 'mof-2020', '--json']);
    const custom = JSON.parse(shown.stdout) as {
      id: string;
      name: string;
      grades: { key: string; min: string }[];
    };
    custom.id = 'my-province';
    custom.name = '某省部门整体支出绩效自评（优 95 分起）';
    for (const g of custom.grades) if (g.key === 'excellent') g.min = '95';
    const file = join(dir, 'my-province.yaml');
    writeFileSync(file, YAML.stringify(custom));
    // seed 004 keeps its 4.24 + 90 = 94.24; 80 ≤ 94.24 < 95 → 良
    const run = runCli(['score', 'examples/seeds/seed-004.json', '--rules', file, '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { totalScore: string; grade: string; ruleSet: { id: string } };
    expect(out.ruleSet.id).toBe('my-province');
    expect(out.totalScore).toBe('94.24');
    expect(out.grade).toBe('良');
  });

  it('exits 2 naming the field when the rule set file is wrong', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: Broken Id\nversion: 1\n');
    const run = runCli(['rules', 'show', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.yaml');
    // "Broken Id" is not a valid id, and the required fields are missing
    expect(run.stderr).toMatch(/\bid\b/);
    expect(run.stderr).toContain('kinds');
    expect(run.stderr).not.toMatch(/^\s+at\s/m);
  });
});
