import { describe, expect, it } from 'vitest';
import { listRuleSets } from './registry';
import { publisherOf } from './rule-set';
import { validateRuleSet } from './validate';

/** 信息公开: who publishes is rule-set data — the finance bureau unless a local rule names the department. */
describe('the publisher a rule set names', () => {
  it.each([
    ['absent', {}, 'financeBureau'],
    ['financeBureau', { publication: { publisher: 'financeBureau' as const } }, 'financeBureau'],
    ['department', { publication: { publisher: 'department' as const } }, 'department'],
  ])('%s → %s', (_name, ruleSet, expected) => {
    expect(publisherOf(ruleSet)).toBe(expected);
  });

  it('is the finance bureau for every built-in rule set', () => {
    expect(new Set(listRuleSets().map(publisherOf))).toEqual(new Set(['financeBureau']));
  });

  it('reads from a rule-set file, with the default filled in, and refuses an unknown publisher', () => {
    const [builtIn] = listRuleSets();
    const withDepartment = validateRuleSet({ ...builtIn, publication: { publisher: 'department' } });
    expect(withDepartment.ok && publisherOf(withDepartment.ruleSet)).toBe('department');
    const defaulted = validateRuleSet({ ...builtIn, publication: {} });
    expect(defaulted.ok && publisherOf(defaulted.ruleSet)).toBe('financeBureau');
    expect(validateRuleSet({ ...builtIn, publication: { publisher: 'unit' } }).ok).toBe(false);
  });
});
