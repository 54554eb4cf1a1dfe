import { JixiaoError } from '../errors';
import { domainMessage as m } from '../messages';
import beijing2024 from './builtin/beijing-2024.json';
import chongqingUnitWide from './builtin/chongqing-unit-wide.json';
import hubei from './builtin/hubei.json';
import mof2020 from './builtin/mof-2020.json';
import sichuan from './builtin/sichuan.json';
import type { RuleSet } from './rule-set';
import { assertRuleSet } from './validate';

/**
 * The built-in rule sets, imported statically (no file reading in the domain) and validated once at
 * load, so a broken built-in fails every test run rather than a user's evaluation.
 */
const BUILTIN_SOURCES: readonly unknown[] = [mof2020, beijing2024, hubei, sichuan, chongqingUnitWide];

const BUILTIN: readonly RuleSet[] = BUILTIN_SOURCES.map((raw, i) =>
  assertRuleSet(raw, `内置规则集 #${i + 1}`),
);
const BY_ID = new Map(BUILTIN.map((rs) => [rs.id, rs]));

export const DEFAULT_RULE_SET_ID = 'mof-2020';

export function listRuleSets(): readonly RuleSet[] {
  return BUILTIN;
}

export function getRuleSet(id: string): RuleSet {
  const rs = BY_ID.get(id.trim());
  if (rs) return rs;
  const ids = BUILTIN.map((r) => r.id).join(', ');
  throw new JixiaoError('UNKNOWN_RULE_SET', m('ruleSet.unknown', { id, known: ids }), [
    {
      message: m('ruleSet.knownIds', { ids }),
      location: { path: 'ruleSet', label: m('ruleSet.label').text },
    },
  ]);
}

/** A built-in id, or a rule set given as data (validated). */
export function resolveRuleSet(idOrObject: string | unknown, sourceName = '自定义规则集'): RuleSet {
  return typeof idOrObject === 'string' ? getRuleSet(idOrObject) : assertRuleSet(idOrObject, sourceName);
}
