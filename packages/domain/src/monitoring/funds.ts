import { decimalText, percentText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { MonitoredFundsRow } from '../model/monitoring';
import { dec } from '../money/decimal';
import { roundedQuotient } from '../money/rounding';
import { bandOf } from './bands';
import { type ProgressContext, progressPercent } from './indicator-progress';
import type { Light } from './lights';
import { monitoringMessage } from './messages';
import type { MonitoredFigure, MonitoringResult } from './result';

/** 时序进度 = months ÷ 12 (7 → 58.33%), rounded at ratePlaces. */
export function timeProgress(ctx: ProgressContext): MonitoredFigure {
  const value = roundedQuotient(dec(ctx.months * 100), dec(12), ctx.places, ctx.mode);
  const text = percentText(value, ctx.places);
  const m = monitoringMessage('figure.timeProgress', { months: ctx.months, percent: text });
  return { value: value.toFixed(ctx.places), text, explanation: m.text };
}

/**
 * The funds half of 双监控: 执行进度 = executed ÷ budget; the gap 时序进度 − 执行进度 in points (from the two
 * percents as printed, so the sentence adds up); 全年预计执行率 = expected ÷ budget; and the funds light
 * from executed ÷ (budget ÷ 12 × months) on the indicator thresholds.
 */
export function fundsProgress(
  total: MonitoredFundsRow,
  time: MonitoredFigure,
  ctx: ProgressContext,
): MonitoringResult['funds'] {
  const budget = total.budget === undefined ? undefined : dec(total.budget);
  if (budget === undefined || budget.isZero()) return noLight(monitoringMessage('figure.noBudget').text);
  const B = decimalText(budget);
  const rate = (amount: string) => roundedQuotient(dec(amount).times(100), budget, ctx.places, ctx.mode);
  const expectedAnnualRate =
    total.expectedAnnual === undefined ? undefined : expectedRate(total.expectedAnnual);
  function expectedRate(expected: string): MonitoredFigure {
    const value = rate(expected);
    const text = percentText(value, ctx.places);
    const m = monitoringMessage('figure.expectedAnnualRate', {
      expected: decimalText(dec(expected)),
      budget: B,
      percent: text,
    });
    return { value: value.toFixed(ctx.places), text, explanation: m.text };
  }
  if (total.executed === undefined) {
    return {
      ...noLight(monitoringMessage('figure.noExecuted').text),
      ...(expectedAnnualRate ? { expectedAnnualRate } : {}),
    };
  }
  const executed = dec(total.executed);
  const value = rate(total.executed);
  const text = percentText(value, ctx.places);
  const executionProgress: MonitoredFigure = {
    value: value.toFixed(ctx.places),
    text,
    explanation: monitoringMessage('figure.executionProgress', {
      executed: decimalText(executed),
      budget: B,
      percent: text,
    }).text,
  };
  const gapValue = dec(time.value).minus(value);
  const gapText = decimalText(gapValue, ctx.places);
  const gap: MonitoredFigure = {
    value: gapValue.toFixed(ctx.places),
    text: gapText,
    explanation: monitoringMessage('figure.gap', { time: time.text, execution: text, gap: gapText }).text,
  };
  const ratio = progressPercent(budget, executed, ctx.months, ctx);
  const band = bandOf(dec(ratio.value), ratio.text, ctx.lights);
  const explanation = monitoringMessage('funds.light', { formula: ratio.explanation, band: band.text }).text;
  return {
    executionProgress,
    gap,
    ...(expectedAnnualRate ? { expectedAnnualRate } : {}),
    light: band.light,
    explanation,
  };
}

function noLight(explanation: Localized): { light: Light; explanation: Localized } {
  return { light: 'none', explanation };
}
