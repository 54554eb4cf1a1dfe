import { decimalText, percentText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { type Target, TIER_LABEL, type Tier } from '../model/evaluation';
import type { MonitoredIndicator } from '../model/monitoring';
import { type Decimal, dec } from '../money/decimal';
import { type RoundingMode, round, roundedQuotient } from '../money/rounding';
import type { MonitoringRules } from '../rules/monitoring-rules';
import type { RuleSet } from '../rules/rule-set';
import { readAchievedQuantity, tierOf } from '../wording/actual';
import { normaliseWording } from '../wording/characters';
import { readTarget } from '../wording/target';
import { bandOf } from './bands';
import { LIGHT_LABEL, type Light } from './lights';
import { monitoringMessage } from './messages';
import type { IndicatorProgress, MonitoredFigure } from './result';

/** What the indicator engine needs of the rule set. */
export interface ProgressContext {
  months: number;
  lights: MonitoringRules['lights'];
  places: number;
  mode: RoundingMode;
  equal: RuleSet['scoring']['equal'];
}

/**
 * Units a target is measured in that do not accumulate over the year: a rate (95%) or a time limit
 * (3天, 2个工作日) is what it is in July as in December, so it is compared with the target directly.
 */
const NOT_PRORATED_UNITS = new Set([
  '%',
  '‰',
  '天',
  '日',
  '工作日',
  '个工作日',
  '小时',
  '分钟',
  '周',
  '个月',
  '月',
  '年',
]);

/** Design rule: percentages, time limits and 时效指标 are not prorated by months; counts and amounts are. */
export function isProrated(indicator: Pick<MonitoredIndicator, 'level2'>, target: Target): boolean {
  const unit = normaliseWording(target.unit ?? '');
  if (NOT_PRORATED_UNITS.has(unit)) return false;
  return !normaliseWording(indicator.level2 ?? '').includes('时效');
}

/** The target as compared: its comparator and value, read from its text by the one reader when only text is given. */
function comparableTarget(target: Target): Target {
  if (target.comparator !== undefined || target.value !== undefined || !target.text) return target;
  return readTarget(target.text) ?? target;
}

/** Figures as the explanation prints them: exact when they stop within `places`, else rounded with "≈". */
function shown(value: Decimal, places: number, mode: RoundingMode): string {
  if (value.decimalPlaces() <= places) return decimalText(value);
  return `≈${decimalText(round(value, places, mode), places)}`;
}

function said(
  light: Light,
  explanation: Localized,
  prorated: boolean,
  index: number,
  row: MonitoredIndicator,
) {
  return {
    index,
    level1: row.level1,
    ...(row.level2 ? { level2: row.level2 } : {}),
    name: row.name,
    prorated,
    light,
    explanation,
  } satisfies IndicatorProgress;
}

const TIER_LIGHT: Record<Tier, Light> = { met: 'green', partlyMet: 'yellow', notMet: 'red' };
const TIER_EN: Record<Tier, string> = { met: 'met', partlyMet: 'partly met', notMet: 'not met' };

/** One indicator's progress to date, light and explanation (domain-rules §3, 合肥 vendor rules). */
export function indicatorProgress(
  row: MonitoredIndicator,
  index: number,
  ctx: ProgressContext,
): IndicatorProgress {
  const target = comparableTarget(row.target);
  const progress = row.progress;
  const text = progress.text?.trim() ?? '';
  const prorated = isProrated(row, target);
  const none = (m: Localized) => said('none', m, prorated, index, row);
  if (progress.value === undefined && progress.tier === undefined && text === '') {
    return none(monitoringMessage('progress.notReported').text);
  }
  if (target.comparator === 'qualitative') {
    const tier = progress.tier ?? tierOf(text);
    if (!tier) return none(monitoringMessage('progress.noTier').text);
    const light = TIER_LIGHT[tier];
    const m = monitoringMessage('progress.qualitative', {
      tier: { zh: TIER_LABEL[tier], en: TIER_EN[tier] },
      light: LIGHT_LABEL[light],
    });
    return said(light, m.text, false, index, row);
  }
  if (target.value === undefined) return none(monitoringMessage('progress.noTarget').text);
  const actual = progress.value ?? readAchievedQuantity(text)?.value;
  if (actual === undefined) return none(monitoringMessage('progress.notNumber', { text }).text);
  const a = dec(target.value);
  const b = dec(actual);
  const months = prorated ? ctx.months : 12;
  const comparator = target.comparator ?? '=';
  if (comparator === '<=' || (comparator === '=' && ctx.equal === 'exactOnly')) {
    return compared(row, index, ctx, a, b, prorated, comparator === '<=');
  }
  if (a.isZero()) {
    const m = monitoringMessage('progress.targetZero', { light: LIGHT_LABEL.green });
    return said('green', m.text, prorated, index, row);
  }
  const percent = progressPercent(a, b, months, ctx);
  const band = bandOf(dec(percent.value), percent.text, ctx.lights);
  const note = prorated ? { zh: '', en: '' } : monitoringMessage('progress.notProrated').text;
  return {
    ...said(band.light, joined(percent.explanation, band.text, note), prorated, index, row),
    progressPercent: percent,
  };
}

/**
 * progress % = actual ÷ (target ÷ 12 × months) × 100, or actual ÷ target × 100 when not prorated
 * (months = 12): computed as actual × 1200 ÷ (target × months) and rounded once at ratePlaces.
 */
export function progressPercent(
  target: Decimal,
  actual: Decimal,
  months: number,
  ctx: ProgressContext,
): MonitoredFigure {
  const value = roundedQuotient(actual.times(1200), target.times(months), ctx.places, ctx.mode);
  const text = percentText(value, ctx.places);
  const A = decimalText(actual);
  const T = decimalText(target);
  const m =
    months === 12
      ? monitoringMessage('progress.direct', { actual: A, target: T, percent: text })
      : monitoringMessage('progress.prorated', { actual: A, target: T, months, percent: text });
  return { value: value.toFixed(ctx.places), text, explanation: m.text };
}

/** ≤ indicators (within the target to date → green, else red) and "=" under `exactOnly` (equal → green). */
function compared(
  row: MonitoredIndicator,
  index: number,
  ctx: ProgressContext,
  a: Decimal,
  b: Decimal,
  prorated: boolean,
  reverse: boolean,
): IndicatorProgress {
  // Exact comparison without dividing: b ≤ a × months ÷ 12 ⇔ 12b ≤ a × months.
  const months = prorated ? ctx.months : 12;
  const lhs = b.times(12);
  const rhs = a.times(months);
  const ok = reverse ? lhs.lessThanOrEqualTo(rhs) : lhs.equals(rhs);
  const light: Light = ok ? 'green' : 'red';
  const unit = row.target.unit ?? '';
  const toDate = a.times(months).dividedBy(12);
  const toDateText = prorated
    ? monitoringMessage('progress.proratedTarget', {
        target: decimalText(a),
        months,
        value: `${shown(toDate, ctx.places, ctx.mode)}${unit}`,
      }).text.zh
    : `${decimalText(a)}${unit}`;
  const params = { actual: `${decimalText(b)}${unit}`, target: toDateText, light: LIGHT_LABEL[light] };
  const key = reverse
    ? ok
      ? 'progress.reverseWithin'
      : 'progress.reverseOver'
    : ok
      ? 'progress.exactEqual'
      : 'progress.exactUnequal';
  return said(light, monitoringMessage(key, params).text, prorated, index, row);
}

function joined(formula: Localized, band: Localized, note: Localized): Localized {
  return { zh: `${formula.zh}，${band.zh}${note.zh}`, en: `${formula.en}, ${band.en}${note.en}` };
}
