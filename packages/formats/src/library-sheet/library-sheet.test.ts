import {
  BUILTIN_INDICATOR_LIBRARY,
  customLibraryId,
  type IndicatorLibraryEntry,
  JixiaoError,
} from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { readLibraryXlsx } from './read';
import { writeLibraryXlsx } from './write';

/** A workbook typed by hand: these rows under a title line, on a sheet named 指标库. */
async function handWritten(rows: string[][]): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('指标库');
  sheet.addRow(['某区财政局绩效指标库']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const HEADER = [
  '一级指标',
  '二级指标',
  '指标名称',
  '适用类别',
  '指标性质',
  '度量单位',
  '设定依据',
  '定量',
  '填写说明',
  '状态',
];

async function problems(bytes: Uint8Array): Promise<string[]> {
  try {
    await readLibraryXlsx(bytes, 'lib.xlsx');
  } catch (error) {
    if (error instanceof JixiaoError) return error.describe('zh').split('\n');
    throw error;
  }
  return [];
}

describe('the library workbook', () => {
  it('reads back every builtin entry exactly as written', async () => {
    const retiredOne: IndicatorLibraryEntry[] = BUILTIN_INDICATOR_LIBRARY.map((e, i) =>
      i === 3 ? { ...e, retired: true } : e,
    );
    const read = await readLibraryXlsx(await writeLibraryXlsx(retiredOne), 'lib.xlsx');
    expect(read).toEqual(retiredOne);
  });

  it('reads a hand-typed sheet: labels found below a title, words for categories, comparator, basis and status', async () => {
    const bytes = await handWritten([
      HEADER,
      [
        '产出指标',
        '数量指标',
        '开展科普活动次数',
        '科普、通用',
        '≥',
        '次',
        '计划标准',
        '是',
        '写明次数，如 ≥12次',
        '',
      ],
      [
        '效益指标',
        '社会效益指标',
        '公众科学意识',
        '科普',
        '定性',
        '',
        '其他',
        '',
        '定性：如“明显增强”',
        '停用',
      ],
    ]);
    const [first, second] = await readLibraryXlsx(bytes, 'lib.xlsx');
    expect(first).toEqual({
      id: customLibraryId('产出指标', '数量指标', '开展科普活动次数'),
      level1: '产出指标',
      level2: '数量指标',
      name: '开展科普活动次数',
      categories: ['popularScience', 'general'],
      comparator: '>=',
      unit: '次',
      basis: 'plan',
      quantitative: true,
      guidance: '写明次数，如 ≥12次',
    });
    // 定量 left blank with 定性 → qualitative; 状态 停用 → retired
    expect(second).toMatchObject({
      comparator: 'qualitative',
      quantitative: false,
      basis: 'other',
      retired: true,
    });
  });

  it('gives a row without 编号 the same id each time it is read', () => {
    expect(customLibraryId('产出指标', '数量指标', '开展科普活动次数')).toBe(
      customLibraryId('产出指标', '数量指标', '开展科普 活动次数'),
    );
    expect(customLibraryId('产出指标', '数量指标', 'A')).not.toBe(
      customLibraryId('产出指标', '数量指标', 'B'),
    );
  });

  it('refuses the whole file and names the sheet, row, column and field of every problem', async () => {
    const bytes = await handWritten([
      HEADER,
      ['产出指标', '数量指标', '开展科普活动次数', '科普', '≥', '次', '计划标准', '是', '写明次数', ''],
      ['产出指标', '数量指标', '', '体育', '大约', '次', '拍脑袋', '也许', '写明次数', '作废'],
      ['效益指标', '数量指标', '带动就业', '通用', '≥', '', '', '', '写明人数', ''],
    ]);
    // row 1 is the title, row 2 the header: the problems are on rows 4 and 5
    expect(await problems(bytes)).toEqual([
      '文件「lib.xlsx」中的指标库有 8 处问题，未导入任何条目',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，E 列，指标性质：「大约」不是指标性质，请填写 ≥、≤、= 或 定性',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，D 列，适用类别：不认识的类别「体育」，可选：科普、科技项目、教育、卫生、农业、基建、人员和公用、文化、社会保障、通用',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，G 列，设定依据：「拍脑袋」不是设定依据，可选：计划标准、行业标准、历史标准、其他标准',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，H 列，定量：「也许」应填写“是”或“否”',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，J 列，状态：「作废」应填写“在用”或“停用”',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，C 列，指标名称：不能为空',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 5 行，B 列，二级指标：二级指标不属于该一级指标（见共性指标框架：产出、效益、满意度、成本指标）',
      '  - 文件「lib.xlsx」，工作表「指标库」，第 5 行，F 列，度量单位：定量指标须填写度量单位',
    ]);
  });

  it('refuses two rows with one 编号', async () => {
    const withId = ['编号', ...HEADER];
    const row = [
      'output.quantity.x',
      '产出指标',
      '数量指标',
      '次数',
      '通用',
      '≥',
      '次',
      '',
      '',
      '写明次数',
      '',
    ];
    const found = await problems(await handWritten([withId, row, row]));
    expect(found.at(-1)).toBe(
      '  - 文件「lib.xlsx」，工作表「指标库」，第 4 行，A 列，编号：编号「output.quantity.x」与第 3 行重复',
    );
  });

  it('says which columns the header needs when it finds none', async () => {
    expect(await problems(await handWritten([['名称', '单位']]))).toEqual([
      '文件「lib.xlsx」中没有找到指标库表头',
      '  - 文件「lib.xlsx」：表头须有这些列：一级指标、二级指标、指标名称、适用类别、填写说明',
    ]);
  });
});
