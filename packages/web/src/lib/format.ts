import { type Decimal, formatMissing, formatNumber, formatPercent, isDecimalString } from '@jixiao/domain';

/**
 * The web app prints figures in the domain's `screen` style: the engine's digits, padded to the places
 * the rule set rounded them to, never grouped, and "—" where there is none. Values from the engine are
 * already rounded at their step; these only render them (no arithmetic, no binary floats).
 */
type Shown = Decimal | string | null | undefined;

function present(value: Shown): value is Decimal | string {
  return value !== null && value !== undefined && (typeof value !== 'string' || isDecimalString(value));
}

export function showDecimal(value: Shown, places?: number): string {
  return present(value) ? formatNumber(value, places) : formatMissing('screen');
}

export function showPercent(value: Shown, places = 2): string {
  return present(value) ? formatPercent(value, places) : formatMissing('screen');
}

/** A date-time from the API ("2026-11-23T01:02:03Z") in the reader's local time, minutes precision. */
export function showDateTime(iso: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
}
