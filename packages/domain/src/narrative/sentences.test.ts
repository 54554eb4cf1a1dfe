import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { gradeBandsSentence } from './generated';
import { reportTitleParts } from './outline';
import { splitNumbered } from './paragraphs';
import { statesFigure } from './stated';

describe('splitNumbered prints a list typed on one line as one paragraph per item', () => {
  it.each([
    [
      '1、科技服务水平有待提高。2、提高农户科学种养殖技术难度大。',
      ['1、科技服务水平有待提高。', '2、提高农户科学种养殖技术难度大。'],
    ],
    [
      '1.新建科技馆。2.增设科普场所。3.加强青少年科技教育。',
      ['1.新建科技馆。', '2.增设科普场所。', '3.加强青少年科技教育。'],
    ],
    ['1.经费人均0.65元；2.经费有限。', ['1.经费人均0.65元；', '2.经费有限。']],
  ])('%s', (line, items) => {
    expect(splitNumbered(line)).toEqual(items);
  });

  it.each([
    ['不以序号开头的句子。2、不拆。', '不以序号开头的句子。2、不拆。'],
    ['1、支出增加。2.5万元用于培训。', '1、支出增加。2.5万元用于培训。'],
    ['1、甲。3、乙。', '1、甲。3、乙。'],
  ])('leaves %s whole: no item 2 after a full stop', (line, whole) => {
    expect(splitNumbered(line)).toEqual([whole]);
  });
});

describe('statesFigure finds a figure in the unit’s text by value', () => {
  it.each<[string, string, boolean]>([
    ['年初预算支出13.2万，比年初预算减少7.22万元', '13.20', true],
    ['预算执行率为42.42%', '42.42%', true],
    ['机构编制数为 6（其中参公事业编制数 4 个）', '6', true],
    ['预算执行数为1209.56万元', '1209.5', false],
    ['没有数字', '10', false],
  ])('%s states %s: %s', (text, value, expected) => {
    expect(statesFigure([text], value)).toBe(expected);
  });
});

describe('gradeBandsSentence words the rule set’s bands as a report does', () => {
  it('writes mof-2020: 90 / 80 / 60 highest first', () => {
    const block = gradeBandsSentence(getRuleSet('mof-2020'));
    expect(block.type === 'paragraph' && block.sentence.text).toBe(
      '评价结果采取评分与评级相结合的方式，按总分划分为四个等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。',
    );
  });
});

describe('reportTitleParts', () => {
  it('names the unit, the year and the project once (no 项目 twice)', () => {
    const e = evaluationSchema.parse({
      kind: 'project',
      fiscalYear: 2024,
      unit: { name: '西城区科协' },
      project: { name: '全区科普经费项目' },
      funds: { total: {} },
    });
    expect(reportTitleParts(e)).toEqual(['西城区科协', '2024年度', '全区科普经费', '项目支出绩效自评报告']);
  });
});
