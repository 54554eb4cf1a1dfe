import { decimalText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { rateOf } from '../metrics/formulas';
import type { Indicator } from '../model/evaluation';
import { type Decimal, dec, maxDec, minDec, ZERO } from '../money/decimal';
import { round } from '../money/rounding';
import { type BlockMatch, matchBlock } from '../rules/match';
import type { RuleSet } from '../rules/rule-set';
import { scoreQualitative } from './qualitative';
import { scoreQuantitative } from './quantitative';
import type { ScoredIndicator } from './result';
import type { RuleOutcome } from './rule-outcome';
import { ruleSetMemo } from './rule-set-memo';

function isQualitative(ind: Indicator): boolean {
  if (ind.target?.comparator === 'qualitative') return true;
  return ind.target?.value === undefined && ind.actual?.value === undefined && ind.actual?.tier !== undefined;
}

/** The rule's own result for a row, before manual scores or coefficients. */
export function ruleOutcome(ind: Indicator, ruleSet: RuleSet): RuleOutcome {
  if (isQualitative(ind)) return scoreQualitative(ind, ruleSet);
  const comparator = ind.target?.comparator;
  const targetValue = ind.target?.value;
  const actualValue = ind.actual?.value;
  if (comparator && comparator !== 'qualitative' && targetValue !== undefined && actualValue !== undefined) {
    return scoreQuantitative(ind, comparator, targetValue, actualValue, ruleSet);
  }
  const missing: Localized[] = [];
  if (targetValue === undefined) missing.push({ zh: '年度指标值', en: 'the target value' });
  if (actualValue === undefined) missing.push({ zh: '实际完成值', en: 'the actual value' });
  return {
    basis: 'missing',
    raw: ZERO,
    outcome: 'unknown',
    explain: (s) => ({
      zh: `缺少${missing.map((m) => m.zh).join('和')}，无法按公式计分，得 ${s} 分`,
      en: `without ${missing.map((m) => m.en).join(' and ')} the formula cannot score it: ${s} points`,
    }),
  };
}

/** Cap at the weight, floor at 0, round at the rule set's score step — the one rounding of a row. */
function finalScore(raw: Decimal, weight: Decimal, ruleSet: RuleSet): Decimal {
  const { mode, scorePlaces } = ruleSet.rounding;
  return round(maxDec(minDec(raw, weight), ZERO), scorePlaces, mode);
}

function capNote(given: Decimal, weight: Decimal): Localized {
  return given.greaterThan(weight)
    ? {
        zh: `（${decimalText(given)} 分超过分值 ${decimalText(weight)} 分，按分值计）`,
        en: ` (${decimalText(given)} exceeds the weight ${decimalText(weight)}; capped)`,
      }
    : { zh: '', en: '' };
}

/** Block matches by label: a province's rows repeat the same few 一级/二级 labels. */
const matchMemo = ruleSetMemo<BlockMatch | undefined>();

function cachedMatch(ruleSet: RuleSet, level1: string, level2: string | undefined): BlockMatch | undefined {
  const key = level2 === undefined ? level1 : `${level1}\u0000${level2}`;
  return matchMemo(ruleSet, key, () => matchBlock(ruleSet, level1, level2));
}

export function scoreIndicator(ind: Indicator, index: number, ruleSet: RuleSet): ScoredIndicator {
  const places = ruleSet.rounding.scorePlaces;
  const weight = dec(ind.weight);
  const rule = ruleOutcome(ind, ruleSet);
  const ruleScore = finalScore(rule.raw, weight, ruleSet);
  const ruleText = rule.explain(decimalText(ruleScore, places));
  const ruleWithCap =
    rule.basis === 'tier'
      ? { zh: ruleText.zh + capNote(rule.raw, weight).zh, en: ruleText.en + capNote(rule.raw, weight).en }
      : ruleText;

  let score: Decimal;
  let basis: ScoredIndicator['basis'];
  let explanation: Localized;
  if (ind.manualScore) {
    const given = dec(ind.manualScore.score);
    score = finalScore(given, weight, ruleSet);
    basis = 'manual';
    const cap = capNote(given, weight);
    explanation = {
      zh: `人工评定 ${decimalText(score, places)} 分${cap.zh}，理由：${ind.manualScore.reason}。按规则：${ruleWithCap.zh}`,
      en: `set by hand to ${decimalText(score, places)} points${cap.en}, reason: ${ind.manualScore.reason}. By the rule: ${ruleWithCap.en}`,
    };
  } else if (ruleSet.scoring.useScoreCoefficient && ind.scoreCoefficient !== undefined) {
    const c = dec(ind.scoreCoefficient);
    const raw = weight.times(c);
    score = finalScore(raw, weight, ruleSet);
    basis = 'coefficient';
    const cap = capNote(raw, weight);
    explanation = {
      zh: `得分 = 权重 ${decimalText(weight)} × 得分系数 ${decimalText(c)} = ${decimalText(score, places)} 分${cap.zh}`,
      en: `score = weight ${decimalText(weight)} × coefficient ${decimalText(c)} = ${decimalText(score, places)} points${cap.en}`,
    };
  } else {
    score = ruleScore;
    basis = rule.basis;
    explanation = ruleWithCap;
  }

  const match = cachedMatch(ruleSet, ind.level1, ind.level2);
  return {
    index,
    id: ind.id,
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    block: match?.block.key ?? null,
    part: match?.part?.key,
    partTagged: match?.part ? match.partTagged : undefined,
    weight,
    score,
    scoreRate: rateOf(score, weight) ?? ZERO,
    ruleScore: rule.basis === 'missing' ? undefined : ruleScore,
    basis,
    outcome: rule.outcome,
    completion: rule.completion,
    tierCheck: rule.tierCheck,
    explanation,
  };
}
