import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { targetComparatorMissing } from './comparator-missing';

describe('target.comparator-missing', () => {
  it.each([
    ['≥120场', { comparator: '>=', value: '120', unit: '场' }, 0],
    ['120场 with the comparator blank', { value: '120', unit: '场' }, 1],
    ['定性', { comparator: 'qualitative', text: '好' }, 0],
  ])('%s', (_, target, count) => {
    expect(targetComparatorMissing.run(ctxWith({ indicators: [row({ target })] }))).toHaveLength(count);
  });

  it('is an error on the comparator field', () => {
    const [f] = targetComparatorMissing.run(ctxWith({ indicators: [row({ target: { value: '1' } })] }));
    expect(f).toMatchObject({ severity: 'error', location: { path: 'indicators[0].target.comparator' } });
  });
});
