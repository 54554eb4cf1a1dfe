import { describe, expect, it } from 'vitest';
import { diffDrafts, sameContent } from './diff';

describe('diffDrafts', () => {
  it('lists each field that differs with both values', () => {
    const mine = {
      funds: { total: { executed: '1209.56' } },
      indicators: [{ id: 'r1', name: 'A', weight: '15' }],
    };
    const theirs = {
      funds: { total: { executed: '1200' } },
      indicators: [{ id: 'x', name: 'A', weight: '15' }],
      narrative: { problems: '问题' },
    };
    expect(diffDrafts(mine, theirs)).toEqual([
      { path: 'funds.total.executed', mine: '1209.56', theirs: '1200' },
      { path: 'narrative.problems', mine: '', theirs: '问题' },
    ]);
  });

  it('treats an empty string and a missing field as the same (nothing typed)', () => {
    expect(sameContent({ a: '', b: { c: '1' } }, { b: { c: '1' } })).toBe(true);
    expect(sameContent({ b: { c: '1' } }, { b: { c: '2' } })).toBe(false);
  });
});
