import { describe, expect, it } from 'vitest';
import { commentTargets, sectionOfPath } from './comment-targets';

describe('field comments', () => {
  it('places a comment on "funds.total.executed" beside the funds card and one on an indicator beside the grid', () => {
    expect(sectionOfPath('funds.total.executed')).toBe('funds');
    expect(sectionOfPath('indicators[3].actual')).toBe('indicators');
    expect(sectionOfPath('narrative.problems')).toBe('narrative');
    expect(sectionOfPath('nonsense.path')).toBeUndefined();
  });

  it('offers 12 funds cells (4 rows × 3 columns) plus 3 fields per indicator row', () => {
    const targets = commentTargets({
      kind: 'unitWide',
      fiscalYear: 2024,
      unit: { name: '某单位' },
      funds: { total: {} },
      indicators: [
        { level1: '产出指标', name: '甲', weight: '10' },
        { level1: '效益指标', name: '乙', weight: '10' },
      ],
    });
    expect(targets.filter((p) => p.startsWith('funds.'))).toHaveLength(12);
    expect(targets.filter((p) => p.startsWith('indicators['))).toEqual([
      'indicators[0].actual',
      'indicators[0].score',
      'indicators[0].deviationReason',
      'indicators[1].actual',
      'indicators[1].score',
      'indicators[1].deviationReason',
    ]);
  });
});
