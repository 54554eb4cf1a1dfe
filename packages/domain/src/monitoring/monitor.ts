import type { MonitoringReport } from '../model/monitoring';
import type { RuleSet } from '../rules/rule-set';
import { monitoringFindings } from './findings';
import { fundsProgress, timeProgress } from './funds';
import { indicatorProgress, type ProgressContext } from './indicator-progress';
import { LIGHT_LABEL, worstLight } from './lights';
import { monitoringMessage } from './messages';
import type { MonitoringResult } from './result';
import { monitoringRulesOf } from './rules';
import { triggersOf } from './triggers';

export interface MonitorOptions {
  /** Months covered; overrides the report's and the rule set's period (`jixiao monitor --period 1-6`). */
  throughMonth?: number;
}

/**
 * 双监控 of one report (财预〔2019〕136号): 时序进度, 执行进度 and their gap, each indicator's progress and
 * light, the project light, the 重点监控 triggers and the report's own inconsistencies — every figure
 * exact until its one rounding at the rule set's ratePlaces, and explained with the numbers put in.
 * The period: options, else the report's, else (round 2) the rule set's second round, else its period.
 */
export function monitorReport(
  report: MonitoringReport,
  ruleSet: Pick<RuleSet, 'monitoring' | 'rounding' | 'scoring'>,
  options: MonitorOptions = {},
): MonitoringResult {
  const rules = monitoringRulesOf(ruleSet);
  const secondRound = report.round === 2 ? rules.secondRound?.throughMonth : undefined;
  const months = options.throughMonth ?? report.throughMonth ?? secondRound ?? rules.throughMonth;
  const ctx: ProgressContext = {
    months,
    lights: rules.lights,
    places: ruleSet.rounding.ratePlaces,
    mode: ruleSet.rounding.mode,
    equal: ruleSet.scoring.equal,
  };
  const time = timeProgress(ctx);
  const funds = fundsProgress(report.funds.total, time, ctx);
  const indicators = report.indicators.map((row, i) => indicatorProgress(row, i, ctx));
  const light = worstLight(indicators.map((i) => i.light));
  const judged = indicators.filter((i) => i.light !== 'none').length;
  const lightExplanation =
    light === 'none'
      ? monitoringMessage('project.noLight').text
      : monitoringMessage('project.light', { light: LIGHT_LABEL[light], count: judged }).text;
  const triggers = triggersOf(report, rules, funds, indicators);
  const focus = triggers.length > 0;
  const next = focus && report.round === 1 ? rules.secondRound : undefined;
  return {
    throughMonth: months,
    round: report.round,
    timeProgress: time,
    funds,
    indicators,
    light,
    lightExplanation,
    triggers,
    focus,
    ...(next ? { secondRound: { throughMonth: next.throughMonth } } : {}),
    findings: monitoringFindings(report, indicators),
  };
}
