import { percentText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import { type Decimal, dec } from '../money/decimal';
import type { MonitoringRules } from '../rules/monitoring-rules';
import { LIGHT_LABEL, type Light } from './lights';

export interface Band {
  light: Light;
  /** "60% ≤ 60.00% < 80% → 黄灯". */
  text: Localized;
}

/**
 * The light for a progress percent (as printed, i.e. already rounded at ratePlaces, so the sentence and
 * the light never disagree): red < redBelow ≤ yellow < yellowBelow ≤ green < greenBelow ≤ blue.
 */
export function bandOf(percent: Decimal, shown: string, lights: MonitoringRules['lights']): Band {
  const red = dec(lights.redBelow);
  const yellow = dec(lights.yellowBelow);
  const green = dec(lights.greenBelow);
  const t = (d: Decimal) => percentText(d);
  const say = (light: Light, band: string): Band => ({
    light,
    text: { zh: `${band} → ${LIGHT_LABEL[light].zh}`, en: `${band} → ${LIGHT_LABEL[light].en}` },
  });
  if (percent.lessThan(red)) return say('red', `${shown} < ${t(red)}`);
  if (percent.lessThan(yellow)) return say('yellow', `${t(red)} ≤ ${shown} < ${t(yellow)}`);
  if (percent.lessThan(green)) return say('green', `${t(yellow)} ≤ ${shown} < ${t(green)}`);
  return say('blue', `${shown} ≥ ${t(green)}`);
}
