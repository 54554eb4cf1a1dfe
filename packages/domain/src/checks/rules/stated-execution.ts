import { HUNDRED } from '../../money/decimal';
import type { Check } from '../check';
import { statedFindings, UNITS } from '../support/stated';

/** The stated 预算执行率 (percent) against 全年执行数 ÷ 全年预算数 (seed 004: 1209.56 ÷ 2851.19 = 42.42%). */
export const statedExecutionRate: Check = {
  code: 'stated.execution-rate-mismatch',
  severity: 'error',
  title: { zh: '所述预算执行率与计算不符', en: 'Stated execution rate differs from the computed one' },
  run(ctx) {
    const written = ctx.evaluation.stated.executionRate;
    const rate = ctx.result.execution.rate;
    if (written === undefined || rate === undefined) return [];
    return statedFindings(statedExecutionRate, ctx, {
      written,
      computed: rate.times(HUNDRED),
      location: { path: 'stated.executionRate', label: '预算执行率' },
      what: { zh: '预算执行率', en: 'execution rate' },
      unit: UNITS.PERCENT,
      how: ctx.result.execution.explanation,
    });
  },
};

/** The stated 预算执行率得分 against 分值 × 执行率 (seed 004: 10 × 42.42% = 4.24). */
export const statedExecutionScore: Check = {
  code: 'stated.execution-score-mismatch',
  severity: 'error',
  title: { zh: '所述预算执行率得分与计算不符', en: 'Stated execution score differs from the computed one' },
  run(ctx) {
    const written = ctx.evaluation.stated.executionScore;
    if (written === undefined || ctx.result.execution.basis === 'missing') return [];
    return statedFindings(statedExecutionScore, ctx, {
      written,
      computed: ctx.result.execution.score,
      location: { path: 'stated.executionScore', label: '预算执行率得分' },
      what: { zh: '预算执行率得分', en: 'execution score' },
      unit: UNITS.POINTS,
      how: ctx.result.execution.explanation,
    });
  },
};
