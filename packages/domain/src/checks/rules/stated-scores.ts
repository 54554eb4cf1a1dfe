import { sum } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { blockForStatedName, EXECUTION_BLOCK, sameLevel1 } from '../support/blocks';
import { normaliseLabel, statedFindings, UNITS } from '../support/stated';

/** The stated 绩效指标得分 (sum of indicator scores) against the computed sum. */
export const statedIndicatorScore: Check = {
  code: 'stated.indicator-score-mismatch',
  severity: 'error',
  title: { zh: '所述绩效指标得分与计算不符', en: 'Stated indicator score differs from the computed one' },
  run(ctx) {
    const written = ctx.evaluation.stated.indicatorScore;
    if (written === undefined || ctx.evaluation.indicators.length === 0) return [];
    return statedFindings(statedIndicatorScore, ctx, {
      written,
      computed: ctx.result.indicatorScore,
      location: { path: 'stated.indicatorScore', label: '绩效指标得分' },
      what: { zh: '绩效指标得分', en: 'indicator score' },
      unit: UNITS.POINTS,
    });
  },
};

/** The stated 自评总分 against execution score + indicator scores (seed 004: 4.24 + 90 = 94.24). */
export const statedTotalScore: Check = {
  code: 'stated.total-score-mismatch',
  severity: 'error',
  title: { zh: '所述自评总分与计算不符', en: 'Stated total score differs from the computed one' },
  run(ctx) {
    const written = ctx.evaluation.stated.totalScore;
    // Without a computed total (scoring/scored.ts) the stated one is printed as stated, not compared.
    if (written === undefined || !ctx.result.scored) return [];
    return statedFindings(statedTotalScore, ctx, {
      written,
      computed: ctx.result.totalScore,
      location: { path: 'stated.totalScore', label: '自评总分' },
      what: { zh: '自评总分', en: 'total score' },
      unit: UNITS.POINTS,
      how: ctx.result.explanation,
    });
  },
};

/**
 * Each stated block score (产出 50.45 分…) against the computed block. A stated name matches a block when it
 * contains one of the block's 一级指标 labels ("项目产出" ⊇ "产出"); under a catch-all rule set it is the
 * indicators of that 一级指标; a stated execution part is compared with the execution score. Names
 * matching nothing are left to the reviewer (no finding).
 */
export const statedBlockScore: Check = {
  code: 'stated.block-score-mismatch',
  severity: 'error',
  title: { zh: '所述各部分得分与计算不符', en: 'Stated block score differs from the computed one' },
  run(ctx) {
    const { evaluation, result, ruleSet } = ctx;
    if (evaluation.indicators.length === 0) return [];
    const out: Finding[] = [];
    evaluation.stated.blockScores.forEach((stated, i) => {
      const name = normaliseLabel(stated.block);
      const location = { path: `stated.blockScores[${i}].score`, label: `「${stated.block}」得分` };
      if (EXECUTION_BLOCK.test(name)) {
        if (result.execution.basis === 'missing') return;
        out.push(
          ...statedFindings(statedBlockScore, ctx, {
            written: stated.score,
            computed: result.execution.score,
            location,
            what: { zh: `「${stated.block}」得分`, en: `score of "${stated.block}"` },
            unit: UNITS.POINTS,
            how: result.execution.explanation,
          }),
        );
        return;
      }
      const definition = blockForStatedName(ruleSet, stated.block);
      const block = definition && result.blocks.find((b) => b.key === definition.key);
      // Without a block of its own (catch-all rule sets), the part is the indicators of that 一级指标.
      const rows = block ? [] : result.indicators.filter((s) => sameLevel1(s.level1, stated.block));
      if (!block && rows.length === 0) return;
      out.push(
        ...statedFindings(statedBlockScore, ctx, {
          written: stated.score,
          computed: block ? block.score : sum(rows.map((s) => s.score)),
          location,
          what: { zh: `「${stated.block}」得分`, en: `score of "${stated.block}"` },
          unit: UNITS.POINTS,
        }),
      );
    });
    return out;
  },
};
