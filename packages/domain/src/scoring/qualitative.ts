import { decimalText } from '../i18n/format';
import type { Indicator, Tier } from '../model/evaluation';
import { TIER_LABEL } from '../model/evaluation';
import { type Decimal, dec, ZERO } from '../money/decimal';
import { round } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import type { TierCheck } from './result';
import { finalScore, type RuleOutcome } from './rule-outcome';
import { ruleSetMemo } from './rule-set-memo';

const TIER_EN: Record<Tier, string> = { met: 'met', partlyMet: 'partly met', notMet: 'not met' };

type Band = Omit<TierCheck, 'within'>;

/**
 * The band of a tier in points (bounds rounded like scores, as the vendor forms do: round(W × 0.8, 2)),
 * or undefined when the rule set has no such tier; scoring and the tier check both read it. Cached by
 * tier and weight (by the weight as written: "5" and "5.0" are two entries with one band), as a
 * province's qualitative rows share a handful of weights. The band is shared: read it, never change it.
 */
export function tierBandPoints(
  weight: Decimal,
  written: string,
  tier: Tier,
  ruleSet: RuleSet,
): Band | undefined {
  return bandMemos[tier](ruleSet, written, () => computeBand(weight, tier, ruleSet));
}

const bandMemos: Record<Tier, ReturnType<typeof ruleSetMemo<Band | undefined>>> = {
  met: ruleSetMemo(),
  partlyMet: ruleSetMemo(),
  notMet: ruleSetMemo(),
};

function computeBand(weight: Decimal, tier: Tier, ruleSet: RuleSet): Band | undefined {
  const band = ruleSet.scoring.qualitativeTiers.find((t) => t.tier === tier);
  if (!band) return undefined;
  const { mode, scorePlaces } = ruleSet.rounding;
  return {
    tier,
    min: round(weight.times(dec(band.min)), scorePlaces, mode),
    max: round(weight.times(dec(band.max)), scorePlaces, mode),
    maxInclusive: band.maxInclusive,
  };
}

/** "[4, 5]" or "[3, 4)": a band in points, as the explanations print it. */
function bandInWords(band: Band, places: number): string {
  return `[${decimalText(band.min, places)}, ${decimalText(band.max, places)}${band.maxInclusive ? ']' : ')'}`;
}

/** The row's own copy of the shared band, with its verdict. */
function withinBand(band: Band, within: boolean): TierCheck {
  return { tier: band.tier, min: band.min, max: band.max, maxInclusive: band.maxInclusive, within };
}

function inBand(score: Decimal, band: Band): boolean {
  if (score.lessThan(band.min)) return false;
  return band.maxInclusive ? score.lessThanOrEqualTo(band.max) : score.lessThan(band.max);
}

/**
 * 定性指标 (domain-rules §1.4): the unit chooses the score inside its tier's band; the engine keeps the
 * unit's score (capped at the weight) and records whether it lies in the band — the checks report a
 * score outside it. With a tier but no score, the band's lower bound is used (the most cautious value)
 * and the explanation says so. With neither, the row counts as missing.
 */
export function scoreQualitative(ind: Indicator, w: Decimal, ruleSet: RuleSet): RuleOutcome {
  const tier = ind.actual?.tier;
  const stated = ind.score === undefined ? undefined : dec(ind.score);
  const places = ruleSet.rounding.scorePlaces;
  if (tier === undefined) {
    if (stated === undefined) {
      return {
        basis: 'missing',
        score: finalScore(ZERO, w, ruleSet),
        outcome: 'unknown',
        explain(s) {
          return {
            zh: `定性指标未注明完成档次（达成 / 部分达成 / 未达成），也未填写得分，得 ${s} 分`,
            en: `qualitative indicator with neither a tier (met / partly met / not met) nor a score: ${s} points`,
          };
        },
      };
    }
    return {
      basis: 'tier',
      score: finalScore(stated, w, ruleSet),
      given: stated,
      outcome: 'unknown',
      explain(s) {
        return {
          zh: `定性指标未注明完成档次，按填报得分 ${s} 分计，无法核对档次区间`,
          en: `qualitative indicator without a tier: the stated ${s} points are kept but cannot be checked against a band`,
        };
      },
    };
  }
  // A rule set without the tier bounds the score by the weight alone.
  const band = tierBandPoints(w, ind.weight, tier, ruleSet) ?? {
    tier,
    min: ZERO,
    max: w,
    maxInclusive: true,
  };
  const label = TIER_LABEL[tier];
  if (stated === undefined) {
    return {
      basis: 'tier',
      score: finalScore(band.min, w, ruleSet),
      given: band.min,
      outcome: tier,
      tierCheck: withinBand(band, true),
      explain(s) {
        const bandText = bandInWords(band, places);
        return {
          zh: `定性指标「${label}」，得分区间 ${bandText} 分；未填写得分，暂按区间下限 ${s} 分计`,
          en: `qualitative indicator, ${TIER_EN[tier]}: band ${bandText} points; no score given, the lower bound ${s} points is used`,
        };
      },
    };
  }
  const within = inBand(stated, band);
  return {
    basis: 'tier',
    score: finalScore(stated, w, ruleSet),
    given: stated,
    outcome: tier,
    tierCheck: withinBand(band, within),
    explain(s) {
      const bandText = bandInWords(band, places);
      return within
        ? {
            zh: `定性指标「${label}」，得分区间 ${bandText} 分，填报得分 ${s} 分在区间内`,
            en: `qualitative indicator, ${TIER_EN[tier]}: band ${bandText} points; the stated ${s} points lie within it`,
          }
        : {
            zh: `定性指标「${label}」，得分区间 ${bandText} 分，填报得分 ${decimalText(stated)} 分不在区间内（保留单位填报的得分 ${s} 分，请核对档次或得分）`,
            en: `qualitative indicator, ${TIER_EN[tier]}: band ${bandText} points; the stated ${decimalText(stated)} points lie outside it (the unit's ${s} points are kept; check the tier or the score)`,
          };
    },
  };
}
