import { describe, expect, it } from 'vitest';
import { makeEvaluation } from '../../checks/test-support';
import { ctxWith, row } from '../test-support';
import { tooLow } from './too-low';

const prior = (name: string, actual: string, unit?: string) =>
  makeEvaluation({
    fiscalYear: 2021,
    indicators: [
      {
        level1: '产出指标',
        name,
        weight: '90',
        target: { comparator: '>=', value: '1', ...(unit ? { unit } : {}) },
        actual: { value: actual },
      },
    ],
  });

describe('target.too-low', () => {
  it.each([
    // ≥ T: too low when last year's A ≥ 1.2 × T
    ['≥120, last year 144 = 1.2 × 120', '>=', '120', '144', 1],
    ['≥120, last year 143.99 < 144', '>=', '120', '143.99', 0],
    ['≥120, last year 200', '>=', '120', '200', 1],
    // ≤ T: too loose when 1.2 × A ≤ T
    ['≤60, last year 50: 1.2 × 50 = 60 ≤ 60', '<=', '60', '50', 1],
    ['≤60, last year 50.01: 60.012 > 60', '<=', '60', '50.01', 0],
    ['=120, last year 200: not compared', '=', '120', '200', 0],
  ])('%s', (_, comparator, value, actual, count) => {
    const ctx = ctxWith(
      { indicators: [row({ target: { comparator, value, unit: '场' } })] },
      { priorYear: prior('举办科普活动场次', actual) },
    );
    expect(tooLow.run(ctx)).toHaveLength(count);
  });

  it('puts last year’s figure beside the target', () => {
    const ctx = ctxWith({ indicators: [row()] }, { priorYear: prior('举办科普活动场次', '150', '场') });
    const [f] = tooLow.run(ctx);
    // 1.2 × 120 = 144 ≤ 150
    expect(f?.numbers).toEqual({
      priorYearActual: '150',
      target: '120',
      tooLowRatio: '1.2',
      priorYear: '2021',
      threshold: '144',
    });
    expect(f?.message.zh).toBe(
      '「举办科普活动场次」年度指标值 ≥120场 偏低：2021 年实际完成 150场，已达到指标值的 1.2 倍（1.2 × 120 = 144）',
    );
  });

  it('does not compare rows of another name or another unit, nor without last year', () => {
    expect(tooLow.run(ctxWith({ indicators: [row()] }, { priorYear: prior('别的指标', '999') }))).toEqual([]);
    expect(
      tooLow.run(ctxWith({ indicators: [row()] }, { priorYear: prior('举办科普活动场次', '999', '人次') })),
    ).toEqual([]);
    expect(tooLow.run(ctxWith({ indicators: [row()] }))).toEqual([]);
  });
});
