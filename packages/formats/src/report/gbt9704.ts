/**
 * GB/T 9704-2012 (党政机关公文格式) in Word units. Twips are 1/20 pt; sizes are half-points.
 * Millimetres are converted with rounding, not docx's truncating helper (stack-probe pitfall 16).
 */

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 portrait. */
export const PAGE = { width: mmToTwip(210), height: mmToTwip(297) } as const;

/** 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm. */
export const MARGIN = {
  top: mmToTwip(37),
  bottom: mmToTwip(35),
  left: mmToTwip(28),
  right: mmToTwip(26),
  /** Where the draft mark sits: 15 mm from the top edge, inside the 天头. */
  header: mmToTwip(15),
  /** Page numbers sit 7 mm under the text block; a 四号 line is about 5 mm high. */
  footer: mmToTwip(22),
} as const;

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** 22 lines of 28 characters: 12756 twips of text height / 22 = 579.8, so an exact 579-twip line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = 579;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { erHao: 44, sanHao: 32, siHao: 28, xiaoSi: 24, wuHao: 21 } as const;

/**
 * 28 characters per line: the text width allows 8845 / 28 = 315.9 twips per character, a 三号
 * character is 320 twips wide, so body runs are condensed by 5 twips (0.25 pt) to 315.
 * A document grid would say the same to Word, but LibreOffice (the PDF path) snaps to it badly: with
 * linesAndChars each character spreads over two cells, and with a line grid every table line takes a
 * full 28.95 pt. So the section declares no grid (type default, line pitch kept for reference) and the
 * body keeps its exact 579-twip line spacing: 22 lines per page, the same in Word, WPS and LibreOffice.
 */
export const BODY_CONDENSE = -Math.ceil(SIZE.sanHao * 10 - TEXT_WIDTH / CHARS_PER_LINE);

/** Two characters of the body text: the first-line indent of every paragraph. */
export const INDENT_TWO_CHARS = SIZE.sanHao * 20;
