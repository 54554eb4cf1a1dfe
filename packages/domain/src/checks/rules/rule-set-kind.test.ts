import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../../rules/registry';
import { scoreEvaluation } from '../../scoring/score';
import { makeEvaluation } from '../test-support';
import { ruleSetKindMismatch } from './rule-set-kind';

function run(kind: 'project' | 'unitWide', ruleSetId: string) {
  const ruleSet = getRuleSet(ruleSetId);
  const evaluation = makeEvaluation({ kind, project: kind === 'project' ? { name: '科普项目' } : undefined });
  return ruleSetKindMismatch.run({ evaluation, ruleSet, result: scoreEvaluation(evaluation, ruleSet) });
}

describe('rule-set.kind-mismatch', () => {
  it('warns when a unit-wide evaluation is scored under the project-only sichuan rule set', () => {
    expect(run('unitWide', 'sichuan')).toMatchObject([
      { code: 'rule-set.kind-mismatch', severity: 'warning', actual: '部门（单位）整体支出绩效自评' },
    ]);
  });

  it('is silent when the rule set covers the kind (mof-2020 covers both)', () => {
    expect(run('unitWide', 'mof-2020')).toEqual([]);
    expect(run('project', 'mof-2020')).toEqual([]);
  });
});
