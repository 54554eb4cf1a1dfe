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
