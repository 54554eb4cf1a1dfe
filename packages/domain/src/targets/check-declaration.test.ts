import { describe, expect, it } from 'vitest';
import { makeRuleSet } from '../checks/test-support';
import { checkDeclaration } from './check-declaration';
import { makeDeclaration } from './test-support';

const ruleSet = makeRuleSet();

describe('checkDeclaration', () => {
  it('finds nothing in a complete declaration taken from the library', () => {
    expect(checkDeclaration(makeDeclaration(), ruleSet)).toEqual([]);
  });

  it('runs every target check and sorts errors first', () => {
    const declaration = makeDeclaration({
      indicators: [
        // 40 + 30 = 70 ≠ 90, no 满意度 row, no comparator, free-typed
        {
          level1: '产出指标',
          name: '场次',
          weight: '40',
          target: { value: '120', unit: '场' },
          basis: 'plan',
        },
        {
          level1: '效益指标',
          name: '效果',
          weight: '30',
          target: { comparator: 'qualitative', text: '好' },
          libraryId: 'x',
        },
      ],
    });
    const codes = checkDeclaration(declaration, ruleSet).map((f) => `${f.severity} ${f.code}`);
    expect(codes).toEqual([
      'error target.block-missing',
      'error target.weights-total-mismatch',
      'error target.comparator-missing',
      'warning target.basis-missing',
      'info target.free-typed',
    ]);
  });

  it('skips the codes the rule set or the caller switches off', () => {
    // An empty tree: no block (target.block-missing) and nothing to review (target.incomplete).
    const declaration = makeDeclaration({ indicators: [] });
    const codes = ['target.block-missing', 'target.incomplete'];
    expect(checkDeclaration(declaration, ruleSet).map((f) => f.code)).toEqual(expect.arrayContaining(codes));
    const off = makeRuleSet({ checks: { disabled: codes } });
    expect(checkDeclaration(declaration, off)).toEqual([]);
    expect(checkDeclaration(declaration, ruleSet, { disabled: codes })).toEqual([]);
  });
});
