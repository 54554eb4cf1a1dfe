import { describe, expect, it } from 'vitest';
import { readText } from '../read/read-text';
import { readFormHeader } from './facts';

const header = (text: string) => readFormHeader(readText(text));

describe('readFormHeader', () => {
  it('reads a pipe-row header: the 实施单位 is the unit, the 主管部门 is not', () => {
    const h = header(
      [
        '项目支出绩效自评表 |',
        '单位名称:某县水利局 | 填报日期:2024年3月5日 | |||',
        '项目名称 | 2023年农村饮水安全巩固项目 | |||',
        '主管部门 | 某县人民政府 | 项目实施单位 | 某县水利局 | ||',
      ].join('\n'),
    );
    expect(h).toMatchObject({
      unit: '某县水利局',
      supervisor: '某县人民政府',
      project: '2023年农村饮水安全巩固项目',
      fiscalYear: 2023,
      filledYear: 2024,
      kind: 'project',
    });
  });

  it('reads a header flattened one cell per line', () => {
    const h = header(
      [
        '2024年度项目支出绩效自评表',
        '项目名称',
        '|',
        '春季植树经费',
        '|',
        '主管部门',
        '|',
        '某市林业局',
        '|',
        '项目实施单位',
        '|',
        '某市国有林场',
        '|',
      ].join('\n'),
    );
    expect(h).toMatchObject({
      unit: '某市国有林场',
      supervisor: '某市林业局',
      project: '春季植树经费',
      fiscalYear: 2024,
    });
  });

  it('cuts a header run together without separators at its labels', () => {
    const h = header(
      '2022年度财政项目绩效自评表单位名称:某市妇幼保健院填报日期:2023年2月1日项目名称新院区设备购置主管部门某市卫生健康委项目实施单位某市妇幼保健院项目类别1、部门预算项目',
    );
    expect(h).toMatchObject({
      unit: '某市妇幼保健院',
      supervisor: '某市卫生健康委',
      project: '新院区设备购置',
      fiscalYear: 2022,
    });
  });

  it('reads words split by spaces in one line', () => {
    const h = header(
      '某县项目支出绩效自评表 (2021年度) 项目名称 乡村医生补助 主管部门 某县卫生健康局 实施单位 某镇卫生院 全年预算数',
    );
    expect(h).toMatchObject({
      unit: '某镇卫生院',
      supervisor: '某县卫生健康局',
      project: '乡村医生补助',
      fiscalYear: 2021,
    });
  });

  it('takes the 主管部门 as the unit only when the form names no other', () => {
    expect(
      header('绩效目标自评表 (2020年度) |\n项目名称 |\n困难群众救助 |\n主管部门 |\n[201]某县民政局 |').unit,
    ).toBe('某县民政局');
  });

  it('takes the department named under 主管部门 of a unit-wide form', () => {
    const h = header('部门整体支出绩效自评表\n主管部门 | 某区林业局 | 部门联系人 | 张三 |');
    expect(h).toMatchObject({ unit: '某区林业局', kind: 'unitWide' });
  });

  it('never takes the 省级主管部门 of a regional form; the publisher is the last resort', () => {
    const h = header(
      '来源:某县市场监管局 发布时间:2023-08-15\n农产品检测补助资金区域绩效目标自评表\n省级主管部门\n某省市场监管局\n',
    );
    expect(h.unit).toBe('某县市场监管局');
    expect(h.kind).toBe('project');
  });

  it('takes the year before the form was filled when nothing else names it', () => {
    expect(header('部门整体支出绩效自评表\n单位名称:某镇人民政府 | 填报日期:2024.4.2 |').fiscalYear).toBe(
      2023,
    );
  });

  it('reads the form title, not the name of a file the page offers', () => {
    const h = header(
      '《某县林业局2021年度部门整体绩效自评表.docx》由会员分享\n某县林业局2022年度部门整体绩效自评表主管部n某县林业局',
    );
    expect(h).toMatchObject({ fiscalYear: 2022, unit: '某县林业局' });
  });

  it('takes the unit from a report title, not from a sentence naming another body', () => {
    const h = header(
      '按某区财政局2021年度绩效评价通知要求开展自评。\n某区科学技术协会2021年度部门整体支出绩效自评报告',
    );
    expect(h.unit).toBe('某区科学技术协会');
  });

  it('reads a traditional header with pinyin annotations', () => {
    const h = header(
      '項(xiàng)目名稱(chēng) | 公路養(yǎng)護 |\n項(xiàng)目實(shí)施單位 | 某縣公路養(yǎng)護中心 |',
    );
    expect(h).toMatchObject({ unit: '某县公路养护中心', project: '公路养护' });
  });

  it('reads the total beside its label, not under a column head', () => {
    expect(header('部门整体绩效自评表 自评总分(分)88.5 年初预算数').totalScore).toBe('88.5');
    expect(
      header('部门整体支出绩效评价自评表\n指标分值 | 自评得分 |\n1 | 规划 |').totalScore,
    ).toBeUndefined();
  });
});
