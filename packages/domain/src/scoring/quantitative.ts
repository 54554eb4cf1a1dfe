import { decimalText } from '../i18n/format';
import type { Indicator } from '../model/evaluation';
import { type Decimal, dec, maxDec, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import type { RuleOutcome } from './rule-outcome';

/**
 * 定量指标 (A = 年度指标值, B = 实际完成值, W = 分值), domain-rules §1.3:
 * ≥: B ≥ A → W, else W × B / A. ≤: B ≤ A → W, else W × A / B (or linear to 0 at 2A, 合肥).
 * =: as ≥ (A = 0 all-or-nothing) or exact only, per rule set. Never below 0; the cap at W is applied by the caller.
 */
export function scoreQuantitative(
  ind: Indicator,
  comparator: '>=' | '<=' | '=',
  targetValue: string,
  actualValue: string,
  ruleSet: RuleSet,
): RuleOutcome {
  const w = dec(ind.weight);
  const a = dec(targetValue);
  const b = dec(actualValue);
  const unit = ind.target?.unit ?? '';
  const W = decimalText(w);
  const A = `${decimalText(a)}${unit}`;
  const B = `${decimalText(b)}${unit}`;
  const Araw = decimalText(a);
  const Braw = decimalText(b);
  const full = (
    zhWhy: string,
    enWhy: string,
    outcome: 'met' | 'exceeded',
    completion?: Decimal,
  ): RuleOutcome => ({
    basis: 'rule',
    raw: w,
    outcome,
    completion,
    explain: () => ({
      zh: `${zhWhy}，得满分 ${W} 分${outcome === 'exceeded' ? exceededNote(ruleSet).zh : ''}`,
      en: `${enWhy}: full marks, ${W} points${outcome === 'exceeded' ? exceededNote(ruleSet).en : ''}`,
    }),
  });
  const zero = (zhWhy: string, enWhy: string, completion?: Decimal): RuleOutcome => ({
    basis: 'rule',
    raw: ZERO,
    outcome: 'notMet',
    completion,
    explain: (s) => ({ zh: `${zhWhy}，得 ${s} 分`, en: `${enWhy}: ${s} points` }),
  });
  const partial = (
    raw: Decimal,
    zhFormula: string,
    enFormula: string,
    zhWhy: string,
    enWhy: string,
    completion?: Decimal,
  ): RuleOutcome => {
    const clamped = maxDec(raw, ZERO);
    return {
      basis: 'rule',
      raw: clamped,
      outcome: clamped.isZero() ? 'notMet' : 'partlyMet',
      completion,
      explain: (s) => ({
        zh: `${zhWhy}，得分 = ${zhFormula} = ${s} 分`,
        en: `${enWhy}: score = ${enFormula} = ${s} points`,
      }),
    };
  };

  const higherIsBetter = (): RuleOutcome => {
    const completion = a.isZero() ? undefined : b.dividedBy(a);
    if (b.greaterThanOrEqualTo(a)) {
      const exceeded =
        a.greaterThan(0) && b.greaterThanOrEqualTo(a.times(dec(ruleSet.scoring.overAchievementRatio)));
      return full(
        `实际完成值 ${B} ≥ 指标值 ${A}`,
        `actual ${B} ≥ target ${A}`,
        exceeded ? 'exceeded' : 'met',
        completion,
      );
    }
    if (!a.greaterThan(0))
      return zero(`实际完成值 ${B} < 指标值 ${A}`, `actual ${B} < target ${A}`, completion);
    return partial(
      w.times(b).dividedBy(a),
      `${W} × ${Braw} / ${Araw}`,
      `${W} × ${Braw} / ${Araw}`,
      `实际完成值 ${B} < 指标值 ${A}`,
      `actual ${B} < target ${A}`,
      completion,
    );
  };

  if (comparator === '>=') return higherIsBetter();

  if (comparator === '=') {
    if (ruleSet.scoring.equal === 'exactOnly' || a.isZero()) {
      const hit = a.isZero() ? !b.greaterThan(0) : b.equals(a);
      const rule = a.isZero()
        ? { zh: '（指标值为 0，全有或全无）', en: ' (target 0: all or nothing)' }
        : { zh: '', en: '' };
      return hit
        ? full(`实际完成值 ${B} = 指标值 ${A}${rule.zh}`, `actual ${B} = target ${A}${rule.en}`, 'met')
        : zero(`实际完成值 ${B} ≠ 指标值 ${A}${rule.zh}`, `actual ${B} ≠ target ${A}${rule.en}`);
    }
    return higherIsBetter();
  }

  // ≤ (lower is better)
  const completion = b.isZero() ? undefined : a.dividedBy(b);
  if (b.lessThanOrEqualTo(a))
    return full(`实际完成值 ${B} ≤ 指标值 ${A}`, `actual ${B} ≤ target ${A}`, 'met', completion);
  const over = { zh: `实际完成值 ${B} > 指标值 ${A}`, en: `actual ${B} > target ${A}` };
  if (!a.greaterThan(0)) return zero(over.zh, over.en, completion);
  if (ruleSet.scoring.lowerIsBetter === 'linearToDouble') {
    if (b.greaterThanOrEqualTo(a.times(2))) {
      return zero(
        `实际完成值 ${B} 达到指标值 ${A} 的 2 倍`,
        `actual ${B} is at least twice the target ${A}`,
        completion,
      );
    }
    return partial(
      w.times(a.times(2).minus(b)).dividedBy(a),
      `${W} × (1 − (${Braw} − ${Araw}) / ${Araw})`,
      `${W} × (1 − (${Braw} − ${Araw}) / ${Araw})`,
      over.zh,
      over.en,
      completion,
    );
  }
  return partial(
    w.times(a).dividedBy(b),
    `${W} × ${Araw} / ${Braw}`,
    `${W} × ${Araw} / ${Braw}`,
    over.zh,
    over.en,
    completion,
  );
}

function exceededNote(ruleSet: RuleSet): { zh: string; en: string } {
  const r = ruleSet.scoring.overAchievementRatio;
  return {
    zh: `；实际完成值达到指标值的 ${r} 倍以上，应说明指标值是否设置偏低`,
    en: `; the actual is at least ${r} times the target — explain whether the target was set too low`,
  };
}
