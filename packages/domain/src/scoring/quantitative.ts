import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { Indicator } from '../model/evaluation';
import { type Decimal, dec, maxDec, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import type { Completion, RuleOutcome } from './rule-outcome';

/** The row's figures: W (分值), A (年度指标值), B (实际完成值), with the target's unit. */
interface Figures {
  w: Decimal;
  a: Decimal;
  b: Decimal;
  unit: string;
  ruleSet: RuleSet;
}

/** How a comparison reads: "实际完成值 B ≥ 指标值 A", or one of the special sentences below. */
type Why = { op: string; zhNote?: string; enNote?: string } | 'twice';

function whyText(f: Figures, why: Why): Localized {
  const B = `${decimalText(f.b)}${f.unit}`;
  const A = `${decimalText(f.a)}${f.unit}`;
  if (why === 'twice') {
    return {
      zh: `实际完成值 ${B} 达到指标值 ${A} 的 2 倍`,
      en: `actual ${B} is at least twice the target ${A}`,
    };
  }
  return {
    zh: `实际完成值 ${B} ${why.op} 指标值 ${A}${why.zhNote ?? ''}`,
    en: `actual ${B} ${why.op} target ${A}${why.enNote ?? ''}`,
  };
}

/** The arithmetic of a partial score, in the figures as written. */
type Formula = 'wb/a' | 'wa/b' | 'linear';

function formulaText(f: Figures, formula: Formula): string {
  const W = decimalText(f.w);
  const A = decimalText(f.a);
  const B = decimalText(f.b);
  if (formula === 'wb/a') return `${W} × ${B} / ${A}`;
  if (formula === 'wa/b') return `${W} × ${A} / ${B}`;
  return `${W} × (1 − (${B} − ${A}) / ${A})`;
}

function full(f: Figures, why: Why, outcome: 'met' | 'exceeded', completion?: Completion): RuleOutcome {
  return {
    basis: 'rule',
    raw: f.w,
    outcome,
    completionOf: completion,
    explain() {
      const { zh, en } = whyText(f, why);
      const W = decimalText(f.w);
      const note = outcome === 'exceeded' ? exceededNote(f.ruleSet) : { zh: '', en: '' };
      return { zh: `${zh}，得满分 ${W} 分${note.zh}`, en: `${en}: full marks, ${W} points${note.en}` };
    },
  };
}

function zero(f: Figures, why: Why, completion?: Completion): RuleOutcome {
  return {
    basis: 'rule',
    raw: ZERO,
    outcome: 'notMet',
    completionOf: completion,
    explain(s) {
      const { zh, en } = whyText(f, why);
      return { zh: `${zh}，得 ${s} 分`, en: `${en}: ${s} points` };
    },
  };
}

function partial(f: Figures, raw: Decimal, formula: Formula, why: Why, completion?: Completion): RuleOutcome {
  const clamped = maxDec(raw, ZERO);
  return {
    basis: 'rule',
    raw: clamped,
    outcome: clamped.isZero() ? 'notMet' : 'partlyMet',
    completionOf: completion,
    explain(s) {
      const { zh, en } = whyText(f, why);
      const text = formulaText(f, formula);
      return { zh: `${zh}，得分 = ${text} = ${s} 分`, en: `${en}: score = ${text} = ${s} points` };
    },
  };
}

function higherIsBetter(f: Figures): RuleOutcome {
  const { w, a, b, ruleSet } = f;
  // actual ÷ target, divided only when someone reads it.
  const completion: Completion = [b, a];
  if (b.greaterThanOrEqualTo(a)) {
    const exceeded =
      a.greaterThan(0) && b.greaterThanOrEqualTo(a.times(dec(ruleSet.scoring.overAchievementRatio)));
    return full(f, { op: '≥' }, exceeded ? 'exceeded' : 'met', completion);
  }
  if (!a.greaterThan(0)) return zero(f, { op: '<' }, completion);
  return partial(f, w.times(b).dividedBy(a), 'wb/a', { op: '<' }, completion);
}

function lowerIsBetter(f: Figures): RuleOutcome {
  const { w, a, b, ruleSet } = f;
  const completion: Completion = [a, b];
  if (b.lessThanOrEqualTo(a)) return full(f, { op: '≤' }, 'met', completion);
  const over = { op: '>' };
  if (!a.greaterThan(0)) return zero(f, over, completion);
  if (ruleSet.scoring.lowerIsBetter === 'linearToDouble') {
    if (b.greaterThanOrEqualTo(a.times(2))) return zero(f, 'twice', completion);
    return partial(f, w.times(a.times(2).minus(b)).dividedBy(a), 'linear', over, completion);
  }
  return partial(f, w.times(a).dividedBy(b), 'wa/b', over, completion);
}

const TARGET_ZERO_NOTE = { zhNote: '（指标值为 0，全有或全无）', enNote: ' (target 0: all or nothing)' };

function equalTo(f: Figures): RuleOutcome {
  const { a, b, ruleSet } = f;
  if (ruleSet.scoring.equal !== 'exactOnly' && !a.isZero()) return higherIsBetter(f);
  const hit = a.isZero() ? !b.greaterThan(0) : b.equals(a);
  const note = a.isZero() ? TARGET_ZERO_NOTE : {};
  return hit ? full(f, { op: '=', ...note }, 'met') : zero(f, { op: '≠', ...note });
}

/**
 * 定量指标 (A = 年度指标值, B = 实际完成值, W = 分值), domain-rules §1.3:
 * ≥: B ≥ A → W, else W × B / A. ≤: B ≤ A → W, else W × A / B (or linear to 0 at 2A, 合肥).
 * =: as ≥ (A = 0 all-or-nothing) or exact only, per rule set. Never below 0; the cap at W is applied by the caller.
 * The helpers live at module level so that scoring a row allocates one explanation closure, not six.
 */
export function scoreQuantitative(
  ind: Indicator,
  comparator: '>=' | '<=' | '=',
  targetValue: string,
  actualValue: string,
  ruleSet: RuleSet,
): RuleOutcome {
  const f: Figures = {
    w: dec(ind.weight),
    a: dec(targetValue),
    b: dec(actualValue),
    unit: ind.target?.unit ?? '',
    ruleSet,
  };
  if (comparator === '>=') return higherIsBetter(f);
  if (comparator === '=') return equalTo(f);
  return lowerIsBetter(f);
}

function exceededNote(ruleSet: RuleSet): { zh: string; en: string } {
  const r = ruleSet.scoring.overAchievementRatio;
  return {
    zh: `；实际完成值达到指标值的 ${r} 倍以上，应说明指标值是否设置偏低`,
    en: `; the actual is at least ${r} times the target — explain whether the target was set too low`,
  };
}
