import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { listRuleSets } from '../rules/registry';
import { consistentEvaluationArb } from '../testing/consistent-evaluation';

describe('checks on consistent figures', () => {
  for (const ruleSet of listRuleSets()) {
    it(`find no error in an evaluation whose parts, shares and stated scores agree (${ruleSet.id})`, () => {
      fc.assert(
        fc.property(consistentEvaluationArb(ruleSet), (evaluation) => {
          const errors = evaluate(evaluation, ruleSet).findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => `${f.code} @${f.location.path}: ${f.message.zh}`)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }
});
