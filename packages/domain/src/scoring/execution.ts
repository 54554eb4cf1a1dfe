import { amountText, decimalText, percentText, pointsText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { EXECUTION_DENOMINATOR_LABEL, executionRateOf, executionScoreOf } from '../metrics/formulas';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, dec, HUNDRED, minDec, ZERO } from '../money/decimal';
import { round } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import { Explained } from './explained';
import type { ExecutionResult } from './result';

/**
 * 预算执行率得分: rate = 全年执行数 ÷ denominator (per rule set), shown rounded to ratePlaces;
 * score = weight × rate (the rounded one by default, so the printed arithmetic can be redone),
 * capped at the weight, rounded to scorePlaces. A manual score with its reason overrides it.
 */
export function scoreExecution(evaluation: Evaluation, ruleSet: RuleSet): ExecutionResult {
  const { mode, scorePlaces } = ruleSet.rounding;
  const weight = dec(ruleSet.execution.weight);
  const { denominatorField, budget, executed, ratio } = executionRateOf(evaluation.funds.total, ruleSet);
  const computed = budget !== undefined && executed !== undefined && ratio !== undefined;
  const figures = computed ? executionScoreOf(weight, ratio, ruleSet) : undefined;
  const manual = evaluation.executionManualScore;
  const base = { weight, denominatorField, budget, executed, rate: ratio?.rate, ratePercent: ratio?.percent };
  const score = manual
    ? round(minDec(dec(manual.score), weight), scorePlaces, mode)
    : (figures?.score ?? round(ZERO, scorePlaces, mode));
  const basis: ExecutionResult['basis'] = manual ? 'manual' : figures ? 'rule' : 'missing';
  return new ExecutionScore(base, score, basis, evaluation, ruleSet, figures?.raw);
}

/** The execution score; its explanation is written on first read and kept, like a scored row's. */
class ExecutionScore extends Explained implements ExecutionResult {
  weight: Decimal;
  denominatorField: ExecutionResult['denominatorField'];
  budget?: Decimal;
  executed?: Decimal;
  rate?: Decimal;
  ratePercent?: Decimal;
  score: Decimal;
  basis: ExecutionResult['basis'];
  #evaluation: Evaluation;
  #ruleSet: RuleSet;
  #raw: Decimal | undefined;

  constructor(
    base: Omit<ExecutionResult, 'score' | 'basis' | 'explanation'>,
    score: Decimal,
    basis: ExecutionResult['basis'],
    evaluation: Evaluation,
    ruleSet: RuleSet,
    raw: Decimal | undefined,
  ) {
    super();
    this.weight = base.weight;
    this.denominatorField = base.denominatorField;
    this.budget = base.budget;
    this.executed = base.executed;
    this.rate = base.rate;
    this.ratePercent = base.ratePercent;
    this.score = score;
    this.basis = basis;
    this.#evaluation = evaluation;
    this.#ruleSet = ruleSet;
    this.#raw = raw;
  }

  protected explain(): Localized {
    return explainExecution(this.#evaluation, this.#ruleSet, this.weight, this.score, this.#raw);
  }

  toJSON(): ExecutionResult {
    return { ...this, explanation: this.explanation };
  }
}

/** The sentence of the execution score: the rule's arithmetic, after the manual score when one is set. */
function explainExecution(
  evaluation: Evaluation,
  ruleSet: RuleSet,
  weight: Decimal,
  score: Decimal,
  raw: Decimal | undefined,
): Localized {
  const { scorePlaces, ratePlaces } = ruleSet.rounding;
  const { denominatorField, budget, executed, ratio } = executionRateOf(evaluation.funds.total, ruleSet);
  const unit = evaluation.amountUnit;
  const denomLabel = EXECUTION_DENOMINATOR_LABEL[denominatorField];
  let ruleExplanation: Localized;
  if (budget === undefined || executed === undefined || ratio === undefined || raw === undefined) {
    const missing: Localized[] = [];
    if (budget === undefined)
      missing.push({ zh: `年度资金总额的${denomLabel.zh}`, en: `the ${denomLabel.en} of the total funds` });
    else if (budget.isZero()) missing.push({ zh: `${denomLabel.zh}为 0`, en: `a ${denomLabel.en} of 0` });
    if (executed === undefined) missing.push({ zh: '年度资金总额的全年执行数', en: 'the amount executed' });
    ruleExplanation = {
      zh: `缺少${missing.map((m) => m.zh).join('和')}，无法计算预算执行率，得 0 分`,
      en: `cannot compute the execution rate without ${missing.map((m) => m.en).join(' and ')}; scored 0 points`,
    };
  } else {
    const rate = ratio.rate;
    const ruleScore = executionScoreOf(weight, ratio, ruleSet).score;
    const pct = percentText(ratio.percent, ratePlaces);
    // Enough digits to redo the sum by hand; "…" marks that the exact fraction goes on.
    const shown = rate.times(HUNDRED).toSignificantDigits(12);
    const exactText = `${decimalText(shown)}%${shown.equals(rate.times(HUNDRED)) ? '' : '…'}`;
    const fraction = {
      zh: `执行率 = 全年执行数 ${amountText(executed, unit).zh} ÷ ${denomLabel.zh} ${amountText(budget, unit).zh} = ${pct}`,
      en: `execution rate = executed ${amountText(executed, unit).en} ÷ ${denomLabel.en} ${amountText(budget, unit).en} = ${pct}`,
    };
    const w = pointsText(weight);
    const s = pointsText(ruleScore, scorePlaces);
    const arithmetic = raw.greaterThan(weight)
      ? {
          zh: `执行率 ${pct} 超过 100%，得分以分值 ${w.zh} 为上限，得 ${s.zh}`,
          en: `execution rate ${pct} exceeds 100%; the score is capped at the weight of ${w.en}: ${s.en}`,
        }
      : ruleSet.execution.scoreFrom === 'roundedRate'
        ? { zh: `执行率 ${pct} × ${w.zh} = ${s.zh}`, en: `execution rate ${pct} × ${w.en} = ${s.en}` }
        : {
            zh: `按未舍入的执行率 ${exactText} 计：${exactText} × ${w.zh} = ${s.zh}`,
            en: `from the unrounded rate ${exactText}: ${exactText} × ${w.en} = ${s.en}`,
          };
    ruleExplanation = { zh: `${fraction.zh}；${arithmetic.zh}`, en: `${fraction.en}; ${arithmetic.en}` };
  }
  const manual = evaluation.executionManualScore;
  if (!manual) return ruleExplanation;
  const given = dec(manual.score);
  const capNote = given.greaterThan(weight)
    ? {
        zh: `（填写 ${given.toFixed()} 分超过分值，按 ${pointsText(weight).zh}计）`,
        en: ` (the ${given.toFixed()} given exceeds the weight; capped)`,
      }
    : { zh: '', en: '' };
  return {
    zh: `人工评定 ${pointsText(score, scorePlaces).zh}${capNote.zh}，理由：${manual.reason}。按规则：${ruleExplanation.zh}`,
    en: `set by hand to ${pointsText(score, scorePlaces).en}${capNote.en}, reason: ${manual.reason}. By the rule: ${ruleExplanation.en}`,
  };
}
