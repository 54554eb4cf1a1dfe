import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../model/evaluation';
import { applyResults, resultEntries } from '../results/apply';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import type { ReportBlock } from './document';
import { buildReport } from './outline';
import { SEED_004 } from './seed-004.fixture';

const evaluation = evaluationSchema.parse(SEED_004);
const ruleSet = getRuleSet('chongqing-unit-wide');
const result = scoreEvaluation(evaluation, ruleSet);

/** The blocks under the heading 结果应用情况, up to the next heading of any level. */
function section(blocks: readonly ReportBlock[]): string[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.text === '结果应用情况');
  if (start < 0) return [];
  const out: string[] = [];
  for (const b of blocks.slice(start + 1)) {
    if (b.type === 'heading' || b.type === 'attachmentNote' || b.type === 'annex') break;
    if (b.type === 'paragraph') out.push(b.sentence.text);
  }
  return out;
}

/** Seed 004 (2851.19万元 全年预算数) as the results list would give it, graded 中 at 72.00 for the test. */
function entryFor(override?: { suggestion: 'reduce'; change: string; reason: string }) {
  const [entry] = resultEntries(
    applyResults(
      [
        {
          evaluationId: 'e1',
          fiscalYear: 2022,
          kind: 'unitWide',
          title: evaluation.unit.name,
          unitId: 'u1',
          unitName: evaluation.unit.name,
          departmentId: null,
          departmentName: null,
          ruleSetId: ruleSet.id,
          totalScore: '72.00',
          grade: 'fair',
          adjustedBudget: '2851.19',
          amountUnit: 'wanYuan',
          override: override ?? null,
        },
      ],
      ruleSet,
    ),
  );
  return entry;
}

describe('the report’s 结果应用情况 section', () => {
  const unitText = evaluation.narrative.resultApplication ?? '';

  it('opens with the bureau’s suggestion: 2851.19万元 × −10% = −285.119 → 核减 285.12万元', () => {
    const report = buildReport(evaluation, result, ruleSet, [], { resultApplication: entryFor() });
    const texts = section(report.blocks);
    expect(texts[0]).toBe(
      '根据2022年度绩效自评结果（得分72.00分，等级“中”），财政部门对下一年度预算的结果应用建议为“核减”，核减预算285.12万元。',
    );
    if (unitText.trim() !== '') expect(texts.length).toBeGreaterThan(1);
  });

  it('names an override’s amount and reason', () => {
    const report = buildReport(evaluation, result, ruleSet, [], {
      resultApplication: entryFor({ suggestion: 'reduce', change: '-300', reason: '整改不到位' }),
    });
    expect(section(report.blocks)[0]).toBe(
      '根据2022年度绩效自评结果（得分72.00分，等级“中”），财政部门对下一年度预算的结果应用建议为“核减”，核减预算300.00万元。调整理由：整改不到位。',
    );
  });

  it('keeps the unit’s own text alone without a result', () => {
    const withText = evaluationSchema.parse({
      ...SEED_004,
      narrative: { ...SEED_004.narrative, resultApplication: '上年评价结果已用于预算安排。' },
    });
    const report = buildReport(withText, scoreEvaluation(withText, ruleSet), ruleSet);
    expect(section(report.blocks)).toEqual(['上年评价结果已用于预算安排。']);
  });
});
