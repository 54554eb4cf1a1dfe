import { type Decimal, type DecimalString, dec } from '../money/decimal';
import { fixed, type RoundingMode, round } from '../money/rounding';

/**
 * The one place where a number becomes text. Three styles, one per kind of output:
 * - `document`: official documents (.docx report, .xlsx 自评表) — amounts with two decimals;
 * - `screen`: the web app — as `document`, and "—" where a figure is missing;
 * - `plain`: CLI text and JSON — the exact digits as stored, so output can be diffed and re-read.
 * No style groups thousands: the official 自评表 and most real reports print 1209.56 and 4631052.88,
 * and jixiao's own readers then read back exactly what it wrote. Grouped input ("1,209.56") is still read.
 * Scores and rates arrive already rounded by the engine; `places` only pads them ("15" → "15.00").
 */
export type FigureStyle = 'document' | 'screen' | 'plain';

/** Amounts: 分 for 元, 百元 for 万元 — never finer than the forms print. Plain keeps every digit. */
const AMOUNT_PLACES: Record<FigureStyle, number | undefined> = { document: 2, screen: 2, plain: undefined };
const MISSING: Record<FigureStyle, string> = { document: '', screen: '—', plain: '' };

/** A decimal: exact in plain notation, or rounded (mode) and padded to `places`. */
export function formatNumber(
  value: Decimal | DecimalString,
  places?: number,
  mode: RoundingMode = 'halfUp',
): string {
  const d = dec(value);
  return places === undefined ? d.toFixed() : fixed(d, places, mode);
}

/** A decimal with at most `maxPlaces` decimals, half up, without padding ("164.52", "4.242", "100"). */
export function formatUpTo(value: Decimal | DecimalString, maxPlaces: number): string {
  const d = dec(value);
  return d.decimalPlaces() > maxPlaces ? formatNumber(round(d, maxPlaces, 'halfUp')) : d.toFixed();
}

/** An amount in the style's places ("13.2" → "13.20" in documents, "13.2" in plain). */
export function formatAmount(
  value: Decimal | DecimalString,
  style: FigureStyle,
  mode: RoundingMode = 'halfUp',
): string {
  return formatNumber(value, AMOUNT_PLACES[style], mode);
}

/** A figure already in percent (42.42 → "42.42%"). */
export function formatPercent(
  percent: Decimal | DecimalString,
  places?: number,
  mode: RoundingMode = 'halfUp',
): string {
  return `${formatNumber(percent, places, mode)}%`;
}

/** What a style prints where a figure is missing. */
export function formatMissing(style: FigureStyle): string {
  return MISSING[style];
}

/**
 * The document convention as a spreadsheet number format, for cells that hold numbers rather than text:
 * `places` decimals, no thousands separator ("0.00", "0.00%" for a fraction shown as a percent, "0").
 */
export function sheetNumberFormat(places: number, percent = false): string {
  return `0${places > 0 ? `.${'0'.repeat(places)}` : ''}${percent ? '%' : ''}`;
}

/** Spreadsheet format of an amount in documents ("0.00"). */
export const SHEET_AMOUNT_FORMAT = sheetNumberFormat(AMOUNT_PLACES.document ?? 2);
