import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { rateOf } from '../metrics/formulas';
import type { Indicator } from '../model/evaluation';
import { type Decimal, dec, ZERO } from '../money/decimal';
import { type BlockMatch, matchBlock } from '../rules/match';
import type { RuleSet } from '../rules/rule-set';
import { Explained } from './explained';
import { scoreQualitative } from './qualitative';
import { scoreQuantitative } from './quantitative';
import type { ScoredIndicator } from './result';
import { finalScore, type RuleOutcome } from './rule-outcome';
import { ruleSetMemo } from './rule-set-memo';

function isQualitative(ind: Indicator): boolean {
  if (ind.target?.comparator === 'qualitative') return true;
  return ind.target?.value === undefined && ind.actual?.value === undefined && ind.actual?.tier !== undefined;
}

/** The rule's own result for a row, before manual scores or coefficients. */
export function ruleOutcome(
  ind: Indicator,
  ruleSet: RuleSet,
  weight: Decimal = dec(ind.weight),
): RuleOutcome {
  if (isQualitative(ind)) return scoreQualitative(ind, weight, ruleSet);
  const comparator = ind.target?.comparator;
  const targetValue = ind.target?.value;
  const actualValue = ind.actual?.value;
  if (comparator && comparator !== 'qualitative' && targetValue !== undefined && actualValue !== undefined) {
    return scoreQuantitative(ind, weight, comparator, targetValue, actualValue, ruleSet);
  }
  const missing: Localized[] = [];
  if (comparator === undefined && ind.target !== undefined)
    missing.push({ zh: '比较方式', en: 'the comparator' });
  if (targetValue === undefined) missing.push({ zh: '年度指标值', en: 'the target value' });
  if (actualValue === undefined) missing.push({ zh: '实际完成值', en: 'the actual value' });
  return {
    basis: 'missing',
    score: finalScore(ZERO, weight, ruleSet),
    outcome: 'unknown',
    explain(s) {
      return {
        zh: `缺少${missing.map((m) => m.zh).join('和')}，无法按公式计分，得 ${s} 分`,
        en: `without ${missing.map((m) => m.en).join(' and ')} the formula cannot score it: ${s} points`,
      };
    },
  };
}

function capNote(given: Decimal, weight: Decimal): Localized {
  return given.greaterThan(weight)
    ? {
        zh: `（${decimalText(given)} 分超过分值 ${decimalText(weight)} 分，按分值计）`,
        en: ` (${decimalText(given)} exceeds the weight ${decimalText(weight)}; capped)`,
      }
    : { zh: '', en: '' };
}

/**
 * Block matches by label: a province's rows repeat the same few 一级/二级 labels. Two levels of maps
 * (by 一级, then 二级), so that a lookup joins no strings; each level is bounded like ruleSetMemo's.
 */
const matchMemo = ruleSetMemo<Map<string | undefined, { value: BlockMatch | undefined }>>();
const MATCH_LIMIT = 1_000;
const newLevel2Map = () => new Map<string | undefined, { value: BlockMatch | undefined }>();

function cachedMatch(ruleSet: RuleSet, level1: string, level2: string | undefined): BlockMatch | undefined {
  const byLevel2 = matchMemo(ruleSet, level1, newLevel2Map);
  const hit = byLevel2.get(level2);
  if (hit) return hit.value;
  const value = matchBlock(ruleSet, level1, level2);
  if (byLevel2.size >= MATCH_LIMIT) byLevel2.clear();
  byLevel2.set(level2, { value });
  return value;
}

/** The rule's sentence for the rounded rule score, with the cap note of a stated qualitative score. */
function ruleText(rule: RuleOutcome, ruleScore: Decimal, weight: Decimal, places: number): Localized {
  const text = rule.explain(decimalText(ruleScore, places));
  if (rule.basis !== 'tier') return text;
  const cap = capNote(rule.given ?? rule.score, weight);
  return { zh: text.zh + cap.zh, en: text.en + cap.en };
}

/** The row's explanation, written only when someone reads it (most bulk scoring never does). */
function explainIndicator(
  ind: Indicator,
  rule: RuleOutcome,
  ruleScore: Decimal,
  score: Decimal,
  weight: Decimal,
  basis: ScoredIndicator['basis'],
  places: number,
): Localized {
  const byRule = ruleText(rule, ruleScore, weight, places);
  if (basis === 'manual' && ind.manualScore) {
    const cap = capNote(dec(ind.manualScore.score), weight);
    return {
      zh: `人工评定 ${decimalText(score, places)} 分${cap.zh}，理由：${ind.manualScore.reason}。按规则：${byRule.zh}`,
      en: `set by hand to ${decimalText(score, places)} points${cap.en}, reason: ${ind.manualScore.reason}. By the rule: ${byRule.en}`,
    };
  }
  if (basis === 'coefficient' && ind.scoreCoefficient !== undefined) {
    const c = dec(ind.scoreCoefficient);
    const cap = capNote(weight.times(c), weight);
    return {
      zh: `得分 = 权重 ${decimalText(weight)} × 得分系数 ${decimalText(c)} = ${decimalText(score, places)} 分${cap.zh}`,
      en: `score = weight ${decimalText(weight)} × coefficient ${decimalText(c)} = ${decimalText(score, places)} points${cap.en}`,
    };
  }
  return byRule;
}

export function scoreIndicator(ind: Indicator, index: number, ruleSet: RuleSet): ScoredIndicator {
  const weight = dec(ind.weight);
  const rule = ruleOutcome(ind, ruleSet, weight);
  let score: Decimal;
  let basis: ScoredIndicator['basis'];
  if (ind.manualScore) {
    score = finalScore(dec(ind.manualScore.score), weight, ruleSet);
    basis = 'manual';
  } else if (ruleSet.scoring.useScoreCoefficient && ind.scoreCoefficient !== undefined) {
    score = finalScore(weight.times(dec(ind.scoreCoefficient)), weight, ruleSet);
    basis = 'coefficient';
  } else {
    score = rule.score;
    basis = rule.basis;
  }
  const match = cachedMatch(ruleSet, ind.level1, ind.level2);
  return new ScoredRow(ind, index, match, weight, score, basis, rule, ruleSet.rounding.scorePlaces);
}

/**
 * A scored row. Its explanation, completion and score rate are worked out on first read and then kept
 * (bulk scoring reads none of them): getters of the class, so `row.explanation` and JSON (toJSON) give
 * exactly what plain fields gave.
 */
class ScoredRow extends Explained implements ScoredIndicator {
  index: number;
  id?: string;
  level1: string;
  level2?: string;
  name: string;
  block: string | null;
  part?: string;
  partTagged?: boolean;
  weight: Decimal;
  score: Decimal;
  ruleScore?: Decimal;
  basis: ScoredIndicator['basis'];
  outcome: ScoredIndicator['outcome'];
  tierCheck?: ScoredIndicator['tierCheck'];
  #ind: Indicator;
  #rule: RuleOutcome;
  #places: number;
  #scoreRate: Decimal | undefined;
  #completion: Decimal | undefined;
  #completionRead = false;

  constructor(
    ind: Indicator,
    index: number,
    match: BlockMatch | undefined,
    weight: Decimal,
    score: Decimal,
    basis: ScoredIndicator['basis'],
    rule: RuleOutcome,
    places: number,
  ) {
    super();
    this.index = index;
    this.id = ind.id;
    this.level1 = ind.level1;
    this.level2 = ind.level2;
    this.name = ind.name;
    this.block = match?.block.key ?? null;
    this.part = match?.part?.key;
    this.partTagged = match?.part ? match.partTagged : undefined;
    this.weight = weight;
    this.score = score;
    this.ruleScore = rule.basis === 'missing' ? undefined : rule.score;
    this.basis = basis;
    this.outcome = rule.outcome;
    this.tierCheck = rule.tierCheck;
    this.#ind = ind;
    this.#rule = rule;
    this.#places = places;
  }

  /** score ÷ weight (0 for a weight of 0). */
  get scoreRate(): Decimal {
    if (this.#scoreRate === undefined) this.#scoreRate = rateOf(this.score, this.weight) ?? ZERO;
    return this.#scoreRate;
  }

  set scoreRate(value: Decimal) {
    this.#scoreRate = value;
  }

  /** actual ÷ target (≥) or target ÷ actual (≤), exact: rows nobody asks about skip the long division. */
  get completion(): Decimal | undefined {
    if (!this.#completionRead) {
      const of = this.#rule.completionOf;
      this.#completion = of ? rateOf(of[0], of[1]) : undefined;
      this.#completionRead = true;
    }
    return this.#completion;
  }

  set completion(value: Decimal | undefined) {
    this.#completion = value;
    this.#completionRead = true;
  }

  protected explain(): Localized {
    const rule = this.#rule;
    return explainIndicator(this.#ind, rule, rule.score, this.score, this.weight, this.basis, this.#places);
  }

  /** The row as JSON, its keys in the order they have always had. */
  toJSON(): ScoredIndicator {
    return {
      index: this.index,
      id: this.id,
      level1: this.level1,
      level2: this.level2,
      name: this.name,
      block: this.block,
      part: this.part,
      partTagged: this.partTagged,
      weight: this.weight,
      score: this.score,
      scoreRate: this.scoreRate,
      ruleScore: this.ruleScore,
      basis: this.basis,
      outcome: this.outcome,
      completion: this.completion,
      tierCheck: this.tierCheck,
      explanation: this.explanation,
    };
  }
}
