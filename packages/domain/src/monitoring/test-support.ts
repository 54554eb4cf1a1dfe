import type { MonitoredIndicator, MonitoringReport, MonitoringReportInput } from '../model/monitoring';
import { getRuleSet } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { parseMonitoring } from './parse';

/** mof-2020 has no monitoring section: the practice defaults (1–7月, 60/80/120, 数量 behind 30%). */
export const MOF = getRuleSet('mof-2020');

/** A second region, built here from mof-2020: 1–6月, lights 50/75/110, no quantity trigger, exact "=". */
export const SECOND: RuleSet = {
  ...MOF,
  id: 'test-monitoring-1-6',
  scoring: { ...MOF.scoring, equal: 'exactOnly' },
  monitoring: {
    throughMonth: 6,
    lights: { redBelow: '50', yellowBelow: '75', greenBelow: '110' },
    triggers: { zeroExecution: true, redLight: true },
    secondRound: { throughMonth: 9 },
  },
};

type Row = Partial<Omit<MonitoredIndicator, 'target' | 'progress'>> & {
  target: MonitoredIndicator['target'];
  progress?: MonitoredIndicator['progress'];
};

export function indicator(
  row: Row,
): MonitoringReportInput['indicators'] extends (infer T)[] | undefined ? T : never {
  return { level1: '产出指标', level2: '数量指标', name: '培训人次', progress: {}, ...row };
}

/** A 1–7月 project report: budget 100 万元, 30 executed, and the given indicators. */
export function report(overrides: Partial<MonitoringReportInput> = {}): MonitoringReport {
  return parseMonitoring({
    kind: 'project',
    fiscalYear: 2026,
    unit: { name: '某区科学技术协会' },
    project: { name: '科普惠民工程' },
    funds: { total: { budget: '100', executed: '30' } },
    ...overrides,
  });
}
