import { describe, expect, it } from 'vitest';
import { ctxWith, row } from '../test-support';
import { coreQualitative } from './core-qualitative';

describe('target.core-qualitative', () => {
  it.each([
    ['★ ≥120场', true, { comparator: '>=', value: '120', unit: '场' }, 0],
    ['★ 定性', true, { comparator: 'qualitative', text: '明显' }, 1],
    ['★ sign without a figure', true, { comparator: '>=' }, 1],
    ['not core, 定性', false, { comparator: 'qualitative', text: '明显' }, 0],
  ])('%s', (_, core, target, count) => {
    expect(coreQualitative.run(ctxWith({ indicators: [row({ core, target })] }))).toHaveLength(count);
  });
});
