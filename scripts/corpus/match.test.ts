import { describe, expect, it } from 'vitest';
import type { ExpectedItem } from './expectations';
import { assign, codesFor, type MatchableFinding, matchStrength } from './match';

function finding(code: string, zh: string, more: Partial<MatchableFinding> = {}): MatchableFinding {
  return {
    code,
    severity: 'error',
    message: { zh, en: '' },
    recomputation: { zh: '', en: '' },
    ...more,
  };
}

describe('the kind of an expectation, from its wording', () => {
  it.each<[string, string]>([
    ['execution score stated 9, rule gives 10 × 97.81% = 9.78', 'text.execution-score'],
    ['执行率得分写作 10，按规则为 8.04', 'text.execution-score'],
    ['execution rate stated 100%, 3824.26/4753.66 = 80.45%', 'text.execution-rate-mismatch'],
    ['score 10.5 exceeds its decoded weight 10', 'text.score-above-weight'],
    ['target 120 missed (96) but full marks 5 of 5', 'text.missed-target-full-marks'],
    ['ceiling ≤300元 exceeded (330) but full marks 10 of 10', 'text.missed-target-full-marks'],
    ['target met (100 = 100) but scored 19 of 20', 'text.met-target-lost-points'],
    ['completed, 折算得分 20 × 20% = 4 applies the weight twice', 'text.met-target-lost-points'],
    ['row 10.00 + 20.00 = 30.00, total written 31.00', 'text.breakdown-sum'],
    ['各项之和 12 与合计 13 不符', 'text.total-score'],
    ['全年执行数 110 exceeds 全年预算数 100 with no source for the extra 10', 'text.spending-above-income'],
    ['得分率 written 98% for 5 of 5', 'text.score-rate-mismatch'],
  ])('%s → %s', (what, code) => {
    expect(codesFor({ what })).toContain(code);
  });

  it('is the code the item names, when it names one', () => {
    expect([...codesFor({ what: 'execution score', code: 'text.total-score' })]).toEqual([
      'text.total-score',
    ]);
  });

  it('is nothing for wording of no known kind', () => {
    expect(codesFor({ what: '单位名称与公章不符' }).size).toBe(0);
  });
});

describe('a finding answering an expectation', () => {
  const score: ExpectedItem = {
    what: 'execution score stated 9, rule gives 10 × 97.81% = 9.78',
    stated: '9',
    computed: '9.78',
  };

  it('does when it is of the kind and names the stated and the recomputed figure', () => {
    const f = finding('text.execution-score', '执行率得分写作 9，按 10 × 97.81% 应为 9.781', {
      expected: '9.78',
      actual: '9',
    });
    expect(matchStrength(score, f)).toBe(3);
  });

  it('does when it names both figures under another code (the kind words may differ)', () => {
    expect(matchStrength(score, finding('text.total-score', '写作 9，复算 9.78'))).toBe(2);
  });

  it('does when it is of the kind and names one of the figures', () => {
    expect(matchStrength(score, finding('text.execution-score', '得分 9 与规则不符'))).toBe(2);
  });

  it('does not when it is of another kind and names one figure only', () => {
    expect(matchStrength(score, finding('text.share-mismatch', '占 9%'))).toBe(0);
  });

  it('does not when the figures differ beyond rounding', () => {
    expect(matchStrength(score, finding('text.total-score', '写作 9.5，复算 9.9'))).toBe(0);
  });

  it('does, for an expectation without figures, when it is of the kind', () => {
    expect(
      matchStrength({ what: 'x', code: 'text.count-list' }, finding('text.count-list', '列出 2 个')),
    ).toBe(1);
  });
});

describe('pairing expectations with findings', () => {
  it('gives each finding to one expectation only, the strongest pair first', () => {
    const items: ExpectedItem[] = [
      { what: 'target met but scored 19 of 20', stated: '19', computed: '20' },
      { what: 'target met but scored 19.00 of 20.00', stated: '19.00', computed: '20' },
    ];
    const one = finding('text.met-target-lost-points', '已达到指标值，得分 19，分值 20');
    expect(assign(items, [one]).byItem).toEqual([0, undefined]);
    expect(assign(items, [one, one]).byItem).toEqual([0, 1]);
  });

  it('prefers the finding that names both figures to one of the kind naming one', () => {
    const items: ExpectedItem[] = [
      { what: 'execution score stated 10, rule gives 8.04', stated: '10', computed: '8.04' },
    ];
    const weak = finding('text.execution-score', '得分 10');
    const strong = finding('text.execution-score', '得分 10，应为 8.04');
    expect(assign(items, [weak, strong]).byItem).toEqual([1]);
  });
});
