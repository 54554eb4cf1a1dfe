import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry';
import { ruleSetMemo } from './rule-set-memo';

describe('ruleSetMemo', () => {
  const mof = getRuleSet('mof-2020');
  const copy = { ...mof };

  it('works a value out once per rule set and key, an undefined one included', () => {
    const memo = ruleSetMemo<string | undefined>();
    const calls: string[] = [];
    const compute = (label: string, value: string | undefined) => () => {
      calls.push(label);
      return value;
    };
    expect(memo(mof, 'a', compute('mof a', 'A'))).toBe('A');
    expect(memo(mof, 'a', compute('mof a again', 'other'))).toBe('A');
    expect(memo(mof, 'none', compute('mof none', undefined))).toBeUndefined();
    expect(memo(mof, 'none', compute('mof none again', 'other'))).toBeUndefined();
    expect(memo(copy, 'a', compute('copy a', 'B'))).toBe('B');
    expect(calls).toEqual(['mof a', 'mof none', 'copy a']);
  });

  it('starts over when a rule set has reached the limit of entries', () => {
    const memo = ruleSetMemo<number>(2);
    let computed = 0;
    const next = () => ++computed;
    memo(mof, 'x', next);
    memo(mof, 'y', next);
    memo(mof, 'z', next); // full: emptied, then z kept
    expect(memo(mof, 'z', next)).toBe(3);
    expect(memo(mof, 'x', next)).toBe(4);
  });
});
