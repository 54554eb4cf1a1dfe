import { describe, expect, it } from 'vitest';
import { parsePastedIndicators, splitClipboard } from './paste';

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
        target: { comparator: '>=', value: '150', unit: '家', text: '≥150家' },
        actual: { value: '171', text: '171家' },
        score: '15',
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新增高新技术企业数量',
        weight: '15',
        target: { comparator: '>=', value: '50', unit: '家', text: '≥50家' },
        actual: { value: '59', text: '59家' },
        score: '15',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '企业满意度',
        weight: '5',
        target: { comparator: '>=', value: '95', unit: '%', text: '≥95%' },
        actual: { value: '98', text: '98%' },
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

  it('reads official wording as the sheet reader does: sign words before or after, full-width signs, units', () => {
    const text = [
      '产出指标\t时效指标\t办结时限\t3天以内\t2天\t10\t10',
      '\t质量指标\t验收合格率\t不小于95%\t96%\t10\t10',
      '\t数量指标\t培训场次\t50个以上\t52个\t10\t10',
      '\t\t覆盖率\t≧100%\t100%\t10\t10',
      '\t\t发放率\t═100%\t100%\t10\t10',
      '效益指标\t社会效益指标\t群众反映\t效果明显\t达成年度指标（反响良好）\t10\t9',
    ].join('\n');
    const targets = parsePastedIndicators(text).rows.map((r) => r.target);
    expect(targets).toEqual([
      { comparator: '<=', value: '3', unit: '天', text: '3天以内' },
      { comparator: '>=', value: '95', unit: '%', text: '不小于95%' },
      { comparator: '>=', value: '50', unit: '个', text: '50个以上' },
      { comparator: '>=', value: '100', unit: '%', text: '≧100%' },
      { comparator: '=', value: '100', unit: '%', text: '═100%' },
      { comparator: 'qualitative', text: '效果明显' },
    ]);
    expect(parsePastedIndicators(text).rows[5]?.actual).toEqual({ text: '反响良好', tier: 'met' });
  });
});
