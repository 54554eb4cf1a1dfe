import { describe, expect, it } from 'vitest';
import { mergeRuns } from './annex';

describe('mergeRuns merges equal 一级/二级 labels down the annex table', () => {
  it('gives the run length to the first row and 0 to the rows it covers', () => {
    expect(mergeRuns(['产出', '产出', '产出', '效益', '满意度', '满意度'])).toEqual([3, 0, 0, 1, 2, 0]);
  });

  it('does not merge equal labels that are not next to each other', () => {
    expect(mergeRuns(['产出', '效益', '产出'])).toEqual([1, 1, 1]);
  });

  it('handles an empty table', () => {
    expect(mergeRuns([])).toEqual([]);
  });
});
