import type { Finding } from '../checks/finding';
import type { Localized } from '../i18n/localized';
import type { DecimalString } from '../money/decimal';
import type { Light } from './lights';

/** A computed figure: the value (rounded at the rule set's ratePlaces), as printed, and its arithmetic. */
export interface MonitoredFigure {
  value: DecimalString;
  /** "58.33%", "28.33" — the value as every output prints it. */
  text: string;
  explanation: Localized;
}

/** One indicator's standing at the end of the period. */
export interface IndicatorProgress {
  /** Position in `report.indicators`. */
  index: number;
  level1: string;
  level2?: string;
  name: string;
  /** Progress % to date, for positive (≥, or "=" scored as ≥) quantitative rows with a non-zero target. */
  progressPercent?: MonitoredFigure;
  /** Whether the target was prorated by months (false for percentages and time limits). */
  prorated: boolean;
  light: Light;
  /** How the light was reached, with the numbers put in. */
  explanation: Localized;
}

export type TriggerCode =
  | 'monitoring.zero-execution'
  | 'monitoring.quantity-behind'
  | 'monitoring.red-light'
  | 'monitoring.funds-red-light';

/** Why a project is on the 重点监控 list. */
export interface MonitoringTrigger {
  code: TriggerCode;
  message: Localized;
  /** The indicator that tripped it (position in `report.indicators`). */
  indicator?: number;
}

export interface MonitoringResult {
  /** Months covered (7 for 1–7月). */
  throughMonth: number;
  round: 1 | 2;
  /** 时序进度 = months ÷ 12, as a percent. */
  timeProgress: MonitoredFigure;
  funds: {
    /** 执行进度 = executed ÷ budget, as a percent; absent without a budget or an executed amount. */
    executionProgress?: MonitoredFigure;
    /** 时序进度 − 执行进度 in percentage points (positive: spending lags the calendar). */
    gap?: MonitoredFigure;
    /** 全年预计执行率 = expected annual ÷ budget. */
    expectedAnnualRate?: MonitoredFigure;
    /** Funds' own light: execution ÷ (budget ÷ 12 × months), on the indicator thresholds. */
    light: Light;
    explanation: Localized;
  };
  indicators: IndicatorProgress[];
  /** The project light: the worst indicator light. */
  light: Light;
  lightExplanation: Localized;
  triggers: MonitoringTrigger[];
  /** On the 重点监控 list: some trigger fired. */
  focus: boolean;
  /** The second round a flagged project gets, when the rule set has one and this is round 1. */
  secondRound?: { throughMonth: number };
  /** Inconsistencies in the report itself (codes `monitoring.*`). */
  findings: Finding[];
}
