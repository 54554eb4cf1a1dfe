import { type Light, type MonitoringReport, type MonitoringResult, monitorReport } from '@jixiao/domain';
import { ruleSetFor } from '../rule-sets/registry';

/**
 * The one place the server asks the monitoring engine (domain `monitorReport`) for a report's figures:
 * 时序进度, 执行进度, the lights, the triggers and whether the project is on the 重点监控 list. Nothing
 * here is stored as truth: every read computes again, and the columns below only sort the overview.
 */

/** The period is the engine's: the report's months, else its rule set's (round 2: the second round's). */
export function computeMonitoring(report: MonitoringReport): MonitoringResult {
  return monitorReport(report, ruleSetFor(report.ruleSet));
}

/** How many indicators show each light. */
export function lightCounts(result: MonitoringResult): Record<Light, number> {
  const counts: Record<Light, number> = { red: 0, yellow: 0, green: 0, blue: 0, none: 0 };
  for (const indicator of result.indicators) counts[indicator.light] += 1;
  return counts;
}

/** The list and overview columns of a report, derived from the engine on every write. */
export function columnsOf(report: MonitoringReport) {
  const result = computeMonitoring(report);
  const counts = lightCounts(result);
  return {
    kind: report.kind,
    fiscalYear: report.fiscalYear,
    throughMonth: result.throughMonth,
    round: report.round,
    title: report.project?.name ?? report.unit.name,
    unitName: report.unit.name,
    ruleSetId: report.ruleSet,
    executionProgress: result.funds.executionProgress?.value ?? null,
    timeProgress: result.timeProgress.value,
    redCount: counts.red,
    yellowCount: counts.yellow,
    greenCount: counts.green,
    blueCount: counts.blue,
    focus: result.focus,
  };
}
