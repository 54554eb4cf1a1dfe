import { describe, expect, it } from 'vitest';
import { readText } from '../read/read-text';
import { summarise } from '../summary';
import { extract } from './extraction';

// Invented forms (units, projects, figures): each reproduces one way a real form states its headline
// facts — the 总分 row, the 自评等级 cell and the bare 部门 label — and the summary must read them.
const summary = (text: string) => summarise(extract(readText(text)));

describe('the headline facts of a form read from its own cells', () => {
  it('takes the 总分 row of a pipe-row form as the total score', () => {
    const s = summary(
      [
        '项目支出绩效自评表 |',
        '单位名称:某县畜牧站 | 填报日期:2024年3月1日 |',
        '项目名称 | 2023年动物防疫项目 |',
        '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
        '产出指标 | 数量指标 | 免疫头数 | 1000 | 900 | 40 | 36 |',
        '效益指标 | 社会效益指标 | 疫情发生次数 | 0 | 0 | 30 | 30 |',
        '满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | 95% | 30 | 30 |',
        // 36 + 30 + 30 = 96
        '总分 | 100 | 96 |',
      ].join('\n'),
    );
    expect(s.totalScore).toBe('96');
    expect(s.indicators).toBe(3);
  });

  it('reads "总分（100分）" one cell per line, and the 自评等级 cell after it', () => {
    const cells = [
      '2023年度项目支出绩效自评表',
      '单位名称:某市民政局 填报日期:2024年2月1日',
      '项目名称',
      '某市节日慰问经费',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '产出指标',
      '数量指标',
      '慰问户数',
      '200户',
      '200户',
      '50',
      '50',
      '满意度指标',
      '服务对象满意度指标',
      '慰问对象满意度',
      '≥95%',
      '98%',
      '50',
      '48',
      '总分（100分）',
      // 50 + 48 = 98
      '98',
      '自评等级',
      '优',
    ];
    const s = summary(cells.join('\n|\n'));
    expect(s.totalScore).toBe('98');
    expect(s.grade).toBe('优');
  });

  it('takes a weights-only total row as full marks, not as the total score', () => {
    const s = summary(
      [
        '项目支出绩效自评表 |',
        '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 分值 |',
        '产出指标 | 数量指标 | 培训人次 | 300 | 60 |',
        '满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 40 |',
        '合计 | 100 |',
      ].join('\n'),
    );
    expect(s.totalScore).toBeUndefined();
  });

  it('reads the unit after the 部门整体 form’s bare 部门 label, and not from a count ("10个省级中心")', () => {
    const s = summary(
      [
        '部门整体支出绩效自评表 | |||',
        '(2023年度) | |||',
        '部门 | 某县乡村建设服务中心 | |||',
        '年度总体目标 | 完成10个省级中心村建设;建成10个省级中心村 |',
      ].join('\n'),
    );
    expect(s.unit).toBe('某县乡村建设服务中心');
    expect(s.kind).toBe('unitWide');
  });
});

describe('the unit named most often in a narrative report', () => {
  it('is not a counted thing ("10个省级中心村")', () => {
    const s = summary(
      [
        '一、基本情况',
        '全年完成10个省级中心村建设任务，启动10个省级中心村规划，验收10个省级中心村。',
        '某县林业局负责项目实施。',
      ].join('\n'),
    );
    expect(s.unit).toBe('某县林业局');
  });
});

describe('the unit named the way real pages name it', () => {
  // Invented pages: the unit under its short name, a source line without its place, a year-first title,
  // a sentence that opens like a title.
  it.each([
    // text, unit read
    ['来源:某区市场监管局 发布时间:2022-08-15\n食品抽检补助资金区域绩效目标自评表', '某区市场监督管理局'],
    ['来源:某县发改委\n某县2023年度物价监测项目绩效自评表\n项目名称 | 物价监测 |', '某县发展和改革委员会'],
    ['2023年某县农产品冷链建设项目绩效自评报告\n来源: 扶贫办 时间: 2023-12-26', '某县扶贫办'],
    ['2021年某市发展和改革局部门整体支出绩效自评报告.pdf\n一、部门基本情况', '某市发展和改革局'],
    ['为做好2023年某区救灾资金发放工作,我局对该资金开展了绩效自评,现报告如下:', undefined],
  ])('%s → %s', (text, unit) => {
    expect(summary(text).unit).toBe(unit);
  });
});
