import { type MonitoringResult, monitorReport, parseMonitoring } from '@jixiao/domain';
import { ruleSetById } from '../../workbench/rule-sets';

/**
 * The monitoring figures computed in the browser with the same engine the server runs (`monitorReport`),
 * on every keystroke: the draft as it stands, or undefined while it is not a valid report yet (the page
 * then shows the figures the server computed for what is stored).
 */
export function liveMonitoring(draft: unknown): MonitoringResult | undefined {
  try {
    const report = parseMonitoring(draft);
    return monitorReport(report, ruleSetById(report.ruleSet));
  } catch {
    return undefined;
  }
}

/** The 一级指标 of a new row: the first block of the report's rule set (产出指标 in the national ones). */
export function newRowLevel1(ruleSetId: string): string {
  try {
    return ruleSetById(ruleSetId).blocks[0]?.label ?? '';
  } catch {
    return '';
  }
}
