import { describe, expect, it } from 'vitest';
import { BUILTIN_INDICATOR_LIBRARY } from '../../library/builtin';
import type { TargetLibraryEntry } from '../check';
import { ctxWith, row } from '../test-support';
import { shouldBeQuantitative } from './should-be-quantitative';

const library: TargetLibraryEntry[] = [
  { id: 'count', comparator: '>=' },
  { id: 'effect', comparator: 'qualitative' },
  { id: 'flagged', quantitative: true },
];
const qualitative = { comparator: 'qualitative', text: '明显' };

describe('target.should-be-quantitative', () => {
  it.each([
    ['quantifiable entry written as 定性', 'count', qualitative, 1],
    ['entry that says quantitative: true', 'flagged', qualitative, 1],
    ['qualitative entry written as 定性', 'effect', qualitative, 0],
    ['quantifiable entry written ≥120', 'count', { comparator: '>=', value: '120', unit: '场' }, 0],
    ['entry not in the library', 'unknown', qualitative, 0],
  ])('%s', (_, libraryId, target, count) => {
    const ctx = ctxWith({ indicators: [row({ libraryId, target })] }, { library });
    expect(shouldBeQuantitative.run(ctx)).toHaveLength(count);
  });

  it('is a warning naming the entry', () => {
    const ctx = ctxWith({ indicators: [row({ libraryId: 'count', target: qualitative })] }, { library });
    expect(shouldBeQuantitative.run(ctx)[0]).toMatchObject({
      severity: 'warning',
      location: { path: 'indicators[0].target.comparator' },
    });
  });

  it('is silent without a library', () => {
    expect(shouldBeQuantitative.run(ctxWith({ indicators: [row({ target: qualitative })] }))).toEqual([]);
  });

  it('reads the built-in library: a quantifiable entry written as 定性 is flagged', () => {
    const entry = BUILTIN_INDICATOR_LIBRARY.find((e) => e.quantitative);
    if (!entry) throw new Error('the built-in library has quantitative entries');
    const ctx = ctxWith(
      { indicators: [row({ libraryId: entry.id, target: qualitative })] },
      { library: BUILTIN_INDICATOR_LIBRARY },
    );
    expect(shouldBeQuantitative.run(ctx).map((f) => f.code)).toEqual(['target.should-be-quantitative']);
  });
});
