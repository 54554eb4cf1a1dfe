import { describe, expect, it } from 'vitest';
import { parseActual, parsePastedIndicators, parseTarget, splitClipboard } from './paste';

describe('splitClipboard', () => {
  it('splits Excel tab-separated rows and keeps quoted line breaks and quotes inside a cell', () => {
    const text = '产出指标\t数量指标\t"新增科技型\n企业数量"\t≥150家\r\n效益指标\t\t"说""明"\t\r\n';
    expect(splitClipboard(text)).toEqual([
      ['产出指标', '数量指标', '新增科技型\n企业数量', '≥150家'],
      ['效益指标', '', '说"明', ''],
    ]);
  });

  it('ignores blank lines Excel adds at the end', () => {
    expect(splitClipboard('a\tb\tc\n\n\t\t\n')).toEqual([['a', 'b', 'c']]);
  });
});

describe('parseTarget', () => {
  it('reads sign, value and unit: ≥150家', () => {
    expect(parseTarget('≥150家')).toEqual({ comparator: '>=', value: '150', unit: '家' });
  });
  it('reads ≤ written as <= and thousands separators: <=1,200万元', () => {
    expect(parseTarget('<=1,200万元')).toEqual({ comparator: '<=', value: '1200', unit: '万元' });
  });
  it('takes a bare figure as "=" (the rule set decides how = is scored): 100%', () => {
    expect(parseTarget('100%')).toEqual({ comparator: '=', value: '100', unit: '%' });
  });
  it('takes words as a qualitative target: 效果明显', () => {
    expect(parseTarget('效果明显')).toEqual({ comparator: 'qualitative', text: '效果明显' });
  });
  it('returns nothing for an empty cell (no target given)', () => {
    expect(parseTarget('  ')).toBeUndefined();
  });
});

describe('parseActual', () => {
  it('reads the number of a quantitative actual: 171家 → 171', () => {
    expect(parseActual('171家', false)).toEqual({ value: '171' });
  });
  it('reads the tier of a qualitative actual, "部分达成" before "达成"', () => {
    expect(parseActual('部分达成年度指标', true)).toEqual({ text: '部分达成年度指标', tier: 'partlyMet' });
    expect(parseActual('达成年度指标', true)).toEqual({ text: '达成年度指标', tier: 'met' });
    expect(parseActual('未达成', true)).toEqual({ text: '未达成', tier: 'notMet' });
  });
});

describe('parsePastedIndicators', () => {
  it('reads rows in the official column order, skips the header and fills merged 一级/二级 cells from above', () => {
    const text = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t新增科技型企业数量\t≥150家\t171家\t15\t15\t',
      '\t\t新增高新技术企业数量\t≥50家\t59家\t15\t15\t',
      '满意度指标\t服务对象满意度指标\t企业满意度\t≥95%\t98%\t5\t5\t',
    ].join('\n');
    const { rows, problems } = parsePastedIndicators(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新增科技型企业数量',
        weight: '15',
        target: { comparator: '>=', value: '150', unit: '家' },
        actual: { value: '171' },
        score: '15',
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新增高新技术企业数量',
        weight: '15',
        target: { comparator: '>=', value: '50', unit: '家' },
        actual: { value: '59' },
        score: '15',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '企业满意度',
        weight: '5',
        target: { comparator: '>=', value: '95', unit: '%' },
        actual: { value: '98' },
        score: '5',
      },
    ]);
  });

  it('names the pasted line and column of a weight that is not a number', () => {
    const { problems } = parsePastedIndicators('产出指标\t数量指标\t科技成果认定个数\t\t151个\t十\t\t');
    expect(problems).toEqual([{ line: 1, column: '分值', key: 'paste.notNumber', value: '十' }]);
  });

  it('reports a row without 三级指标 name instead of inventing one', () => {
    const { rows, problems } = parsePastedIndicators('产出指标\t数量指标\t\t≥1次\t1次\t10\t10');
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ line: 1, column: '三级指标', key: 'paste.missingName' }]);
  });
});
