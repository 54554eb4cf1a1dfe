import { type MonitoringRules, monitoringRulesSchema } from '../rules/monitoring-rules';
import type { RuleSet } from '../rules/rule-set';

const DEFAULTS: MonitoringRules = monitoringRulesSchema.parse({});

/** The rule set's monitoring section, or the practice defaults (1–7月, 60/80/120, 吉林 triggers) when it has none. */
export function monitoringRulesOf(ruleSet: Pick<RuleSet, 'monitoring'>): MonitoringRules {
  return ruleSet.monitoring ?? DEFAULTS;
}
