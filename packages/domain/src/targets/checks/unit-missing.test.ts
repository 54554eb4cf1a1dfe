import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { unitMissing } from './unit-missing';

describe('target.unit-missing', () => {
  it.each([
    ['≥120场', { comparator: '>=', value: '120', unit: '场' }, 0],
    ['≥120 without a unit', { comparator: '>=', value: '120' }, 1],
    ['≤5 with a blank unit', { comparator: '<=', value: '5', unit: '  ' }, 1],
    ['定性', { comparator: 'qualitative', text: '明显' }, 0],
    ['no comparator (target.comparator-missing says it)', { value: '120' }, 0],
  ])('%s', (_, target, count) => {
    expect(unitMissing.run(ctxWith({ indicators: [row({ target })] }))).toHaveLength(count);
  });

  it('points at the unit field', () => {
    const [f] = unitMissing.run(ctxWith({ indicators: [row({ target: { comparator: '>=', value: '1' } })] }));
    expect(f?.location.path).toBe('indicators[0].target.unit');
    expect(f?.message.zh).toBe('「举办科普活动场次」是定量指标，但未填度量单位');
  });
});
