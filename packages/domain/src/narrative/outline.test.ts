import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import { listHeadings, listSources } from './document';
import { buildReport } from './outline';
import { SEED_004 } from './seed-004.fixture';

const evaluation = evaluationSchema.parse(SEED_004);
const ruleSet = getRuleSet('chongqing-unit-wide');
const result = scoreEvaluation(evaluation, ruleSet);
const report = buildReport(evaluation, result, ruleSet);
const allText = report.blocks
  .map((b) =>
    b.type === 'paragraph'
      ? b.sentence.text
      : b.type === 'table'
        ? b.rows
            .flat()
            .map((c) => c.text)
            .join(' ')
        : '',
  )
  .join('\n');

describe('buildReport for seed 004 (部门整体)', () => {
  it('writes the funds sentence from the entered amounts, and the engine rate (1209.56 / 2851.19 → 42.42%) where it is scored', () => {
    expect(allText).toContain(
      '2022年度，部门年初预算数为2931.88万元，全年预算数为2851.19万元，全年执行数为1209.56万元。',
    );
    expect(allText).toContain('2022年度预算执行率为42.42%，该指标分值10分，得分4.24分。');
  });

  it('states the total 4.24 + 90.00 = 94.24 and the grade 优 in the conclusion', () => {
    expect(allText).toContain(
      '总得分94.24分，等级为“优”。其中，预算执行率得分4.24分（分值10分），绩效指标得分90.00分（分值90分）',
    );
  });

  it('follows the standard outline, leaving out sections without content and renumbering', () => {
    expect(listHeadings(report)).toEqual([
      '一、基本情况',
      '（一）机构、职能及人员情况',
      '（二）预算及支出情况',
      '（三）部门整体支出绩效目标',
      '二、绩效评价工作开展情况',
      '（一）绩效评价原则、评价指标体系',
      '（二）评价方法和评价标准',
      '三、综合评价情况及评价结论',
      '四、绩效评价指标分析',
      '（一）预算执行情况',
      '（二）绩效指标完成情况',
      '五、存在的问题及原因分析',
      '六、有关建议',
    ]);
  });

  it('keeps the entered narrative as written and numbers bullet lists', () => {
    expect(allText).toContain('1、科技服务水平有待提高。');
    expect(allText).toContain('1. 强化川渝地区合作交流。\n');
    expect(allText).toContain('2. 加大科技特派员进村入户开展宣传培训力度。');
  });

  it('is final when every required section is written and no check found an error', () => {
    expect(report.draft).toBe(false);
    expect(report.blocks.some((b) => b.type === 'todo')).toBe(false);
  });

  it('prints every figure exactly inside its sentence, with a source', () => {
    const sources = listSources(report);
    expect(sources.length).toBeGreaterThan(10);
    for (const s of sources) {
      for (const f of s.figures) {
        expect(s.text).toContain(f.value);
        expect(f.source.length).toBeGreaterThan(0);
      }
    }
    const rate = sources.flatMap((s) => s.figures).find((f) => f.value === '42.42%');
    expect(rate?.source).toContain('funds.total.executed / funds.total.adjustedBudget');
  });

  it('states the three-public budget difference 13.2 − 5.98 = 7.22', () => {
    expect(allText).toContain('2022年度“三公”经费支出5.98万元，年初预算13.20万元，比预算减少7.22万元。');
  });

  it('closes the body with 附件说明 and 署名, and no 成文日期 when the data has no report date', () => {
    const annex = report.blocks.findIndex((b) => b.type === 'annex');
    expect(report.blocks.slice(annex - 2, annex)).toEqual([
      { type: 'attachmentNote', label: '附件', items: ['部门整体支出绩效自评表（2022年度）'] },
      { type: 'signature', signer: '重庆市璧山区科学技术局' },
    ]);
  });

  it('dates the signature with the day it is produced when the data has no report date', () => {
    const doc = buildReport(evaluation, scoreEvaluation(evaluation, ruleSet), ruleSet, [], {
      withoutAnnex: true,
      issuedOn: '2026-12-01',
    });
    expect(doc.blocks.at(-1)).toEqual({
      type: 'signature',
      signer: '重庆市璧山区科学技术局',
      date: '2026年12月1日',
    });
  });

  it('prefers meta.reportDate to the day produced', () => {
    const dated = evaluationSchema.parse({ ...SEED_004, meta: { reportDate: '2023-03-28' } });
    const doc = buildReport(dated, scoreEvaluation(dated, ruleSet), ruleSet, [], {
      withoutAnnex: true,
      issuedOn: '2026-12-01',
    });
    expect(doc.blocks.at(-1)).toEqual({
      type: 'signature',
      signer: '重庆市璧山区科学技术局',
      date: '2023年3月28日',
    });
  });

  it('dates the signature from meta.reportDate in Arabic numerals (2023-03-28 → 2023年3月28日)', () => {
    const dated = evaluationSchema.parse({ ...SEED_004, meta: { reportDate: '2023-03-28' } });
    const doc = buildReport(dated, scoreEvaluation(dated, ruleSet), ruleSet, [], { withoutAnnex: true });
    expect(doc.blocks.at(-1)).toEqual({
      type: 'signature',
      signer: '重庆市璧山区科学技术局',
      date: '2023年3月28日',
    });
    expect(doc.blocks.some((b) => b.type === 'attachmentNote')).toBe(false);
  });

  it('leaves out the unit’s sentences that only repeat the total, grade and table 1, and keeps the rest', () => {
    const restated = evaluationSchema.parse({
      ...SEED_004,
      narrative: {
        ...SEED_004.narrative,
        conclusion:
          '本局2022年度自评总得分94.24分，等级为“优”。其中：预算执行率4.24分，绩效指标90分。科技服务成效明显。',
      },
    });
    const doc = buildReport(restated, scoreEvaluation(restated, ruleSet), ruleSet);
    const entered = doc.blocks.flatMap((b) =>
      b.type === 'paragraph' && b.section === 'conclusion' && b.origin === 'entered' ? [b.sentence.text] : [],
    );
    expect(entered).toEqual(['科技服务成效明显。']);
  });

  it('titles the report in words that join to the title', () => {
    expect(report.titleParts).toEqual(['重庆市璧山区科学技术局', '2022年度', '部门整体支出绩效自评报告']);
    expect(report.title).toBe(report.titleParts.join(''));
  });
});

describe('buildReport draft marking', () => {
  it('marks a report with an empty required section as a draft and says which one is missing', () => {
    const partial = evaluationSchema.parse({ ...SEED_004, narrative: { organisation: '区政府工作部门。' } });
    const draft = buildReport(partial, scoreEvaluation(partial, ruleSet), ruleSet);
    expect(draft.draft).toBe(true);
    expect(draft.draftReasons.map((r) => r.text)).toEqual([
      { zh: '「存在的问题及原因分析」尚未填写', en: 'the section “存在的问题及原因分析” is not written yet' },
      { zh: '「有关建议」尚未填写', en: 'the section “有关建议” is not written yet' },
    ]);
    expect(draft.blocks.filter((b) => b.type === 'todo')).toHaveLength(2);
  });

  it('marks a report whose checks found an error as a draft', () => {
    const draft = buildReport(evaluation, result, ruleSet, [
      {
        code: 'x',
        severity: 'error',
        message: { zh: '错', en: 'wrong' },
        location: { path: 'funds', label: '资金' },
      },
    ]);
    expect(draft.draftReasons.map((r) => r.text.zh)).toEqual(['审核发现 1 个错误，尚未更正']);
  });
});
