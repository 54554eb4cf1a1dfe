import type { Localized } from '../../i18n/localized';
import type { Location } from '../../model/location';
import type { Decimal } from '../../money/decimal';
import { compareWritten } from '../../wording/compare';
import type { Check, CheckContext } from '../check';
import type { Finding } from '../finding';
import { agreementFinding } from './finding';
import { show } from './format';

export interface StatedInput {
  written: string;
  computed: Decimal;
  location: Location;
  /** What the figure is ("预算执行率得分"), and its unit ("分" / "%"). */
  what: Localized;
  unit: Localized;
  /** How the computed figure was reached, from the score result's explanation. */
  how?: Localized;
}

/** A stated figure that disagrees with the computed one: error, or info when only rounding differs. */
export function statedFindings(
  check: Pick<Check, 'code' | 'severity'>,
  ctx: CheckContext,
  input: StatedInput,
): Finding[] {
  const agreement = compareWritten(input.written, input.computed, ctx.ruleSet.rounding.mode);
  const how = input.how ? { zh: `（${input.how.zh}）`, en: ` (${input.how.en})` } : { zh: '', en: '' };
  return agreementFinding(check, agreement, {
    location: input.location,
    expected: show(agreement.expected),
    actual: input.written,
    numbers: {
      stated: input.written,
      computed: show(input.computed, 6),
      computedAtStatedPrecision: show(agreement.expected),
    },
    message: {
      zh: `所述${input.what.zh}为 ${input.written}${input.unit.zh}，按规则计算为 ${show(agreement.expected)}${input.unit.zh}${how.zh}`,
      en: `The stated ${input.what.en} is ${input.written}${input.unit.en}; the rules give ${show(agreement.expected)}${input.unit.en}${how.en}`,
    },
  });
}

const POINTS: Localized = { zh: ' 分', en: ' points' };
const PERCENT: Localized = { zh: '%', en: '%' };
export const UNITS = { POINTS, PERCENT };

/** Label normalised for matching: no spaces, no 指标/得分/情况 suffix. */
export function normaliseLabel(label: string): string {
  return label.replace(/\s+/g, '').replace(/(指标|得分|情况|分值)+$/u, '');
}
