import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { Indicator } from '../model/evaluation';
import { type Decimal, dec, ZERO } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import type { Outcome } from './result';
import { type Completion, finalQuotientScore, finalScore, type RuleOutcome } from './rule-outcome';
import { ruleSetOnce } from './rule-set-memo';

/** How a comparison reads: "实际完成值 B ≥ 指标值 A", or one of the special sentences below. */
type Why = { op: string; zhNote?: string; enNote?: string } | 'twice';

/** The arithmetic of a partial score, in the figures as written; none for full marks and zero. */
type Formula = 'wb/a' | 'wa/b' | 'linear' | undefined;

const AT_LEAST: Why = { op: '≥' };
const AT_MOST: Why = { op: '≤' };
const BELOW: Why = { op: '<' };
const ABOVE: Why = { op: '>' };
const TARGET_ZERO_NOTE = { zhNote: '（指标值为 0，全有或全无）', enNote: ' (target 0: all or nothing)' };
const EQUAL_TO_ZERO: Why = { op: '=', ...TARGET_ZERO_NOTE };
const UNEQUAL_TO_ZERO: Why = { op: '≠', ...TARGET_ZERO_NOTE };
const EQUAL: Why = { op: '=' };
const UNEQUAL: Why = { op: '≠' };

/** The over-achievement ratio, parsed once per rule set rather than once per row. */
const overAchievementRatio = ruleSetOnce((ruleSet) => dec(ruleSet.scoring.overAchievementRatio));

/**
 * A quantitative row's outcome: the figures W (分值), A (年度指标值), B (实际完成值) and what the rule made of
 * them. One object per row — the sentence is written by its method only when someone reads it.
 */
class Quantitative implements RuleOutcome {
  readonly basis = 'rule';

  constructor(
    private readonly w: Decimal,
    private readonly a: Decimal,
    private readonly b: Decimal,
    private readonly unit: string,
    private readonly ruleSet: RuleSet,
    readonly score: Decimal,
    readonly outcome: Outcome,
    private readonly why: Why,
    private readonly formula: Formula,
    /** ≥ compares actual ÷ target, ≤ target ÷ actual; = with an exact target has no completion. */
    private readonly completionSide: 'actual' | 'target' | undefined,
  ) {}

  get completionOf(): Completion | undefined {
    if (this.completionSide === undefined) return undefined;
    return this.completionSide === 'actual' ? [this.b, this.a] : [this.a, this.b];
  }

  explain(s: string): Localized {
    const { zh, en } = this.whyText();
    if (this.formula !== undefined) {
      const text = this.formulaText();
      return { zh: `${zh}，得分 = ${text} = ${s} 分`, en: `${en}: score = ${text} = ${s} points` };
    }
    if (this.outcome === 'met' || this.outcome === 'exceeded') {
      const W = decimalText(this.w);
      const note = this.outcome === 'exceeded' ? exceededNote(this.ruleSet) : { zh: '', en: '' };
      return { zh: `${zh}，得满分 ${W} 分${note.zh}`, en: `${en}: full marks, ${W} points${note.en}` };
    }
    return { zh: `${zh}，得 ${s} 分`, en: `${en}: ${s} points` };
  }

  private whyText(): Localized {
    const B = `${decimalText(this.b)}${this.unit}`;
    const A = `${decimalText(this.a)}${this.unit}`;
    const why = this.why;
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

  private formulaText(): string {
    const W = decimalText(this.w);
    const A = decimalText(this.a);
    const B = decimalText(this.b);
    if (this.formula === 'wb/a') return `${W} × ${B} / ${A}`;
    if (this.formula === 'wa/b') return `${W} × ${A} / ${B}`;
    return `${W} × (1 − (${B} − ${A}) / ${A})`;
  }
}

/** The row's figures, and the outcomes the rules below choose between. */
class Row {
  constructor(
    readonly w: Decimal,
    readonly a: Decimal,
    readonly b: Decimal,
    readonly unit: string,
    readonly ruleSet: RuleSet,
  ) {}

  full(why: Why, outcome: 'met' | 'exceeded', side: 'actual' | 'target' | undefined): RuleOutcome {
    const score = finalScore(this.w, this.w, this.ruleSet);
    return this.outcome(score, outcome, why, undefined, side);
  }

  zero(why: Why, side: 'actual' | 'target' | undefined): RuleOutcome {
    return this.outcome(finalScore(ZERO, this.w, this.ruleSet), 'notMet', why, undefined, side);
  }

  /** W × (numerator ÷ divisor) with a positive divisor, never below 0: divided and rounded in one step. */
  partial(
    product: Decimal,
    divisor: Decimal,
    formula: Formula,
    why: Why,
    side: 'actual' | 'target',
  ): RuleOutcome {
    const score = finalQuotientScore(product, divisor, this.w, this.ruleSet);
    // The divisor is positive, so the unrounded score is above 0 exactly when the product is.
    const outcome = product.greaterThan(ZERO) ? 'partlyMet' : 'notMet';
    return this.outcome(score, outcome, why, formula, side);
  }

  private outcome(
    score: Decimal,
    outcome: Outcome,
    why: Why,
    formula: Formula,
    side: 'actual' | 'target' | undefined,
  ): RuleOutcome {
    const { w, a, b, unit, ruleSet } = this;
    return new Quantitative(w, a, b, unit, ruleSet, score, outcome, why, formula, side);
  }
}

function higherIsBetter(row: Row): RuleOutcome {
  const { w, a, b, ruleSet } = row;
  if (b.greaterThanOrEqualTo(a)) {
    const exceeded = a.greaterThan(ZERO) && b.greaterThanOrEqualTo(a.times(overAchievementRatio(ruleSet)));
    return row.full(AT_LEAST, exceeded ? 'exceeded' : 'met', 'actual');
  }
  if (!a.greaterThan(ZERO)) return row.zero(BELOW, 'actual');
  return row.partial(w.times(b), a, 'wb/a', BELOW, 'actual');
}

function lowerIsBetter(row: Row): RuleOutcome {
  const { w, a, b, ruleSet } = row;
  if (b.lessThanOrEqualTo(a)) return row.full(AT_MOST, 'met', 'target');
  if (!a.greaterThan(ZERO)) return row.zero(ABOVE, 'target');
  if (ruleSet.scoring.lowerIsBetter === 'linearToDouble') {
    const twice = a.times(2);
    if (b.greaterThanOrEqualTo(twice)) return row.zero('twice', 'target');
    return row.partial(w.times(twice.minus(b)), a, 'linear', ABOVE, 'target');
  }
  return row.partial(w.times(a), b, 'wa/b', ABOVE, 'target');
}

function equalTo(row: Row): RuleOutcome {
  const { a, b, ruleSet } = row;
  if (ruleSet.scoring.equal !== 'exactOnly' && !a.isZero()) return higherIsBetter(row);
  if (a.isZero())
    return b.greaterThan(ZERO)
      ? row.zero(UNEQUAL_TO_ZERO, undefined)
      : row.full(EQUAL_TO_ZERO, 'met', undefined);
  return b.equals(a) ? row.full(EQUAL, 'met', undefined) : row.zero(UNEQUAL, undefined);
}

/**
 * 定量指标 (A = 年度指标值, B = 实际完成值, W = 分值), domain-rules §1.3:
 * ≥: B ≥ A → W, else W × B / A. ≤: B ≤ A → W, else W × A / B (or linear to 0 at 2A, 合肥).
 * =: as ≥ (A = 0 all-or-nothing) or exact only, per rule set. Never below 0, capped at W, rounded once.
 */
export function scoreQuantitative(
  ind: Indicator,
  weight: Decimal,
  comparator: '>=' | '<=' | '=',
  targetValue: string,
  actualValue: string,
  ruleSet: RuleSet,
): RuleOutcome {
  const row = new Row(weight, dec(targetValue), dec(actualValue), ind.target?.unit ?? '', ruleSet);
  if (comparator === '>=') return higherIsBetter(row);
  if (comparator === '=') return equalTo(row);
  return lowerIsBetter(row);
}

function exceededNote(ruleSet: RuleSet): { zh: string; en: string } {
  const r = ruleSet.scoring.overAchievementRatio;
  return {
    zh: `；实际完成值达到指标值的 ${r} 倍以上，应说明指标值是否设置偏低`,
    en: `; the actual is at least ${r} times the target — explain whether the target was set too low`,
  };
}
