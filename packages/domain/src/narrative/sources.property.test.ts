import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationSchema } from '../model/evaluation';
import { fixed } from '../money/rounding';
import { getRuleSet } from '../rules/registry';
import { scoreEvaluation } from '../scoring/score';
import { listHeadings, listSources } from './document';
import { buildReport } from './outline';

const cents = fc
  .integer({ min: 0, max: 99_999_999 })
  .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

const indicator = fc.record({
  level1: fc.constantFrom('产出指标', '效益指标', '满意度指标'),
  name: fc.constantFrom('新增企业数量', '培训人次', '满意度', '完成及时率'),
  weight: fc.integer({ min: 1, max: 30 }).map(String),
  target: fc.integer({ min: 1, max: 500 }).map(String),
  actual: fc.integer({ min: 0, max: 800 }).map(String),
});

const evaluation = fc.record({
  kind: fc.constantFrom('project' as const, 'unitWide' as const),
  initialBudget: cents,
  adjustedBudget: cents,
  executed: cents,
  indicators: fc.array(indicator, { maxLength: 12 }),
  problems: fc.option(fc.constantFrom('资金拨付滞后。', '- 宣传不足\n- 人员不足'), { nil: undefined }),
});

describe('the report of any evaluation', () => {
  it('shows every figure inside its own sentence, numbers headings without gaps and states the engine total', () => {
    const ruleSet = getRuleSet('mof-2020');
    fc.assert(
      fc.property(evaluation, (g) => {
        const e = evaluationSchema.parse({
          kind: g.kind,
          fiscalYear: 2023,
          unit: { name: '某区科协' },
          project: g.kind === 'project' ? { name: '科普经费' } : undefined,
          funds: {
            total: { initialBudget: g.initialBudget, adjustedBudget: g.adjustedBudget, executed: g.executed },
          },
          indicators: g.indicators.map((i) => ({
            level1: i.level1,
            name: i.name,
            weight: i.weight,
            target: { comparator: '>=', value: i.target, unit: '个' },
            actual: { value: i.actual },
          })),
          narrative: g.problems ? { problems: g.problems } : {},
        });
        const result = scoreEvaluation(e, ruleSet);
        const report = buildReport(e, result, ruleSet);
        for (const s of listSources(report)) for (const f of s.figures) expect(s.text).toContain(f.value);
        const top = listHeadings(report).filter((h) => /^[一二三四五六七八九十]+、/.test(h));
        const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
        expect(top.map((h) => h.split('、')[0])).toEqual(numerals.slice(0, top.length));
        const text = report.blocks.map((b) => (b.type === 'paragraph' ? b.sentence.text : '')).join('');
        // No indicator → no total (scoring/scored.ts): the report says 未评分 and prints no total or grade.
        if (result.scored) expect(text).toContain(`总得分${fixed(result.totalScore, 2)}分`);
        else expect(text).toMatch(/未评分：未填报绩效指标，无法计算总分，不评定等级。/);
        if (!result.scored) expect(text).not.toContain('总得分');
        // Required sections missing → draft with a to-do mark; never a to-do mark in a final report.
        const todos = report.blocks.filter((b) => b.type === 'todo').length;
        if (todos > 0) expect(report.draft).toBe(true);
        if (!report.draft) expect(todos).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
