import { displayWidth } from '@jixiao/domain/display-width';

/**
 * Column widths of the indicator grid, from what the columns hold: a column is as wide as its widest text
 * (header or value) at the grid's 14 px font, within bounds, so 三级指标 and 单位 ("万元") show whole at
 * 1366×768. Pure arithmetic, tested without a browser.
 */

/** One half-width unit (a digit; a 汉字 is two) at 14 px, rounded up from the CJK fonts' 14 px per 汉字. */
export const HALF_WIDTH_PX = 7.5;
/** Table cell padding (2 × 8) and the input's own padding and border (2 × 12). */
export const INPUT_CHROME_PX = 40;

export interface WidthBounds {
  min: number;
  max: number;
}

/** The width in pixels that shows the widest of these texts in an input, within the bounds. */
export function contentWidth(texts: readonly string[], { min, max }: WidthBounds): number {
  const widest = texts.reduce((w, t) => Math.max(w, displayWidth(t)), 0);
  const px = Math.ceil(widest * HALF_WIDTH_PX) + INPUT_CHROME_PX;
  return Math.min(max, Math.max(min, px));
}

/** Past this many columns the grid scrolls sideways (its row actions stay in view); up to it, it fits. */
export const MAX_COLUMNS_WITHOUT_SCROLL = 10;

/** The table's scroll setting: the sum of the widths once there are more columns than fit. */
export function gridScroll(widths: readonly number[]): { x: number } | undefined {
  return widths.length > MAX_COLUMNS_WITHOUT_SCROLL ? { x: widths.reduce((a, b) => a + b, 0) } : undefined;
}
