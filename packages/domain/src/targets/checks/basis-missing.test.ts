import { describe, expect, it } from 'vitest';
import { makeRuleSet } from '../../checks/test-support';
import { ctxWith, row } from '../test-support';
import { basisMissing } from './basis-missing';

describe('target.basis-missing', () => {
  it('reports each indicator without a basis', () => {
    const ctx = ctxWith({ indicators: [row(), row({ basis: undefined, name: '无依据' })] });
    expect(basisMissing.run(ctx).map((f) => f.location.path)).toEqual(['indicators[1].basis']);
  });

  it('is silent when the rule set does not require a basis', () => {
    const ctx = {
      ...ctxWith({ indicators: [row({ basis: undefined })] }),
      ruleSet: makeRuleSet({ targets: { basisRequired: false } }),
    };
    expect(basisMissing.run(ctx)).toEqual([]);
  });
});
