import type { Localized } from '../i18n/localized';
import type { Evaluation } from '../model/evaluation';
import type { RuleSet } from '../rules/rule-set';
import type { ScoreResult } from '../scoring/result';
import type { Finding, Severity } from './finding';

/** What every check sees: the evaluation as entered, what scoring computed, and the rule set used. */
export interface CheckContext {
  evaluation: Evaluation;
  result: ScoreResult;
  ruleSet: RuleSet;
}

/**
 * A check (审核规则): one small named rule with a stable code. The list of checks is data, so a rule
 * set can switch a check off and a reviewer can see which rule said what.
 */
export interface Check {
  code: string;
  /** The severity of a real discrepancy; rounding-only differences are reported as info. */
  severity: Severity;
  title: Localized;
  run(ctx: CheckContext): Finding[];
}
