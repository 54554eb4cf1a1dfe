import { getRuleSet, type RuleSet } from '@jixiao/domain';

/**
 * Reports written elsewhere do not name their rule set; the audit reads them under the national one, and
 * takes its rounding, execution denominator, score rule and grade bands from it rather than its own.
 */
export const AUDIT_RULE_SET: RuleSet = getRuleSet('mof-2020');
