import { displayWidth } from '@jixiao/domain';
import { SIZE, TEXT_WIDTH } from './gbt9704';

/**
 * The report title broken into lines as GB/T 9704-2012 §7.3.1 asks: "回行时，要做到词意完整，排列对称，
 * 长短适宜，间距恰当，标题排列应当使用梯形或菱形". Lines break only between words of the titles' known
 * vocabulary (name | 2022年度 | 部门整体支出 | 绩效自评报告), never inside 整体 or 自评; a name too long for
 * one line breaks after its administrative level (市|区|县…).
 */

/** Half-width units per title line: the text width in 二号 characters (8845 / 440 = 20), two units each. */
export const TITLE_LINE_UNITS = 2 * Math.floor(TEXT_WIDTH / (SIZE.erHao * 10));

/** The words titles are made of after the name, longest first where one starts another. */
const TITLE_WORDS = [
  '部门（单位）整体支出',
  '部门整体支出',
  '单位整体支出',
  '整体支出',
  '项目支出',
  '绩效自评报告',
  '绩效评价报告',
  '自评报告',
] as const;

const YEAR = /^\d{4}年度?/;

/** After these a name may break: 重庆市|璧山区|科学技术局. */
const NAME_BREAK = /(?<=(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道))(?=[\u4e00-\u9fff（(])/gu;

/** The title's words in order: the name (everything before the first known word), then the known words. */
export function titleWords(title: string): string[] {
  const words: string[] = [];
  let name = '';
  let rest = title;
  while (rest.length > 0) {
    const year = YEAR.exec(rest)?.[0];
    const known = year ?? TITLE_WORDS.find((w) => rest.startsWith(w));
    if (known) {
      if (name) words.push(name);
      name = '';
      words.push(known);
      rest = rest.slice(known.length);
    } else {
      name += rest.slice(0, 1);
      rest = rest.slice(1);
    }
  }
  if (name) words.push(name);
  return words.flatMap((w) => (displayWidth(w) > TITLE_LINE_UNITS ? splitLong(w) : [w]));
}

/** A word wider than a line: at its administrative levels, and only where that is not enough, by width. */
function splitLong(word: string): string[] {
  return word.split(NAME_BREAK).flatMap((part) => {
    const pieces: string[] = [];
    let line = '';
    for (const ch of part) {
      if (displayWidth(line + ch) > TITLE_LINE_UNITS) {
        pieces.push(line);
        line = '';
      }
      line += ch;
    }
    return line ? [...pieces, line] : pieces;
  });
}

/**
 * How well the line widths make the shapes the standard names: 0 for a trapezoid (each line as long as
 * the one above or longer, the usual arrangement), 1 for a diamond (longer to the middle, then
 * shorter), 2 for an inverted trapezoid, 3 for anything else (an hourglass, a zigzag).
 */
function shapePenalty(widths: readonly number[]): number {
  const peak = widths.lastIndexOf(Math.max(...widths));
  const rising = widths.slice(0, peak + 1).every((w, i, a) => i === 0 || w >= (a[i - 1] ?? 0));
  const falling = widths.slice(peak).every((w, i, a) => i === 0 || w <= (a[i - 1] ?? 0));
  if (!rising || !falling) return 3;
  if (peak === widths.length - 1) return 0;
  return peak === 0 ? 2 : 1;
}

/** Every way to cut the words into consecutive lines. */
function partitions(words: readonly string[]): string[][] {
  if (words.length <= 1) return [words.slice()];
  const [first = '', ...rest] = words;
  return partitions(rest).flatMap((lines) => [
    [first, ...lines],
    [first + (lines[0] ?? ''), ...lines.slice(1)],
  ]);
}

/**
 * The title's lines: as few as fit the width, then the best shape (trapezoid, diamond, inverted
 * trapezoid), then the most even lengths.
 */
export function titleLines(title: string): string[] {
  const fitting = partitions(titleWords(title)).filter((lines) =>
    lines.every((l) => displayWidth(l) <= TITLE_LINE_UNITS),
  );
  const cost = (lines: string[]): number[] => {
    const widths = lines.map(displayWidth);
    return [lines.length, shapePenalty(widths), Math.max(...widths) - Math.min(...widths)];
  };
  const best = fitting
    .map((lines) => ({ lines, cost: cost(lines) }))
    .sort((a, b) => compareCosts(a.cost, b.cost))[0];
  return best ? best.lines : [title];
}

function compareCosts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
