import { type Decimal, dec, fixed, isDecimalString } from '@jixiao/domain';

/**
 * Display helpers for decimal strings. Values from the engine are already rounded at their step;
 * these only render them (no arithmetic, no binary floats).
 */
export function showDecimal(value: string | null | undefined, places?: number): string {
  if (value === null || value === undefined || !isDecimalString(value)) return '—';
  return places === undefined ? dec(value).toFixed() : fixed(dec(value), places);
}

export function showPercent(value: string | null | undefined, places = 2): string {
  const s = showDecimal(value, places);
  return s === '—' ? s : `${s}%`;
}

export function decText(value: Decimal | undefined, places?: number): string {
  if (!value) return '—';
  return places === undefined ? value.toFixed() : value.toFixed(places);
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
