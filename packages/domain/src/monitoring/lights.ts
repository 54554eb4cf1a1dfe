import type { Localized } from '../i18n/localized';
import { monitoringMessage } from './messages';

/**
 * The monitoring lights (合肥 vendor configuration, domain-rules §3): red behind, yellow lagging, green on
 * track, blue ahead; `none` when nothing can be judged (未填报).
 */
export const LIGHTS = ['red', 'yellow', 'green', 'blue', 'none'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_LABEL: Record<Light, Localized> = {
  red: monitoringMessage('light.red').text,
  yellow: monitoringMessage('light.yellow').text,
  green: monitoringMessage('light.green').text,
  blue: monitoringMessage('light.blue').text,
  none: monitoringMessage('light.none').text,
};

/** How bad a light is for the project light: red worst; green and blue both on track (blue only when all are ahead). */
const SEVERITY: Record<Exclude<Light, 'none'>, number> = { red: 0, yellow: 1, green: 2, blue: 3 };

/** The worst light among the judged ones (`none` ignored); `none` when nothing was judged. */
export function worstLight(lights: readonly Light[]): Light {
  let worst: Light = 'none';
  for (const light of lights) {
    if (light === 'none') continue;
    if (worst === 'none' || SEVERITY[light] < SEVERITY[worst]) worst = light;
  }
  return worst;
}
