import { INDICATOR_TABLE_HEADERS, isDecimalString, readActual, readTarget } from '@jixiao/domain';
import { normaliseDecimalInput } from './draft';
import type { IndicatorInput } from './indicator-types';
import '../i18n/areas/workbench';

/**
 * Rows copied from Excel or WPS arrive as tab-separated text, one line per row, cells with line breaks
 * quoted. We read the official column order of the indicator table:
 *   一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 * where 年度指标值 is written with its sign and unit ("≥150家", "3天以内", "不小于95%", "效果明显") and read by
 * the domain's one reader of official wording, exactly as the sheet reader and the report audit read it.
 * A header row (containing 三级指标 or 指标名称) is skipped. Empty 一级/二级 cells (merged cells in the sheet)
 * take the value from the row above, as the merged cell means.
 */

export interface PastedRows {
  rows: IndicatorInput[];
  /** Human-readable problems, each naming the pasted line (1-based) and column. */
  problems: PasteProblem[];
}

export interface PasteProblem {
  line: number;
  column: string;
  /** i18n key of the problem, with its parameters. */
  key: 'paste.notNumber' | 'paste.missingName' | 'paste.tooFewColumns';
  value?: string;
}

const COLUMN_NAMES = INDICATOR_TABLE_HEADERS;

/** Splits clipboard text into cells, honouring Excel's quoting ("a""b" and quoted line breaks). */
export function splitClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function isHeader(cells: string[]): boolean {
  return cells.some((c) => /三级指标|指标名称/.test(c));
}

export function parsePastedIndicators(
  text: string,
  previous?: { level1?: string; level2?: string },
): PastedRows {
  const problems: PasteProblem[] = [];
  const rows: IndicatorInput[] = [];
  let level1 = previous?.level1 ?? '';
  let level2 = previous?.level2 ?? '';
  splitClipboard(text).forEach((cells, i) => {
    const line = i + 1;
    if (isHeader(cells)) return;
    if (cells.length < 3) {
      problems.push({ line, column: COLUMN_NAMES[2] ?? '', key: 'paste.tooFewColumns' });
      return;
    }
    const cell = (n: number) => (cells[n] ?? '').trim();
    level1 = cell(0) || level1;
    level2 = cell(1) || level2;
    const name = cell(2);
    if (!name) {
      problems.push({ line, column: COLUMN_NAMES[2] ?? '', key: 'paste.missingName' });
      return;
    }
    const target = readTarget(cell(3));
    const actual = readActual(cell(4));
    const weight = normaliseDecimalInput(cell(5));
    const score = normaliseDecimalInput(cell(6));
    for (const [col, value] of [
      [5, weight],
      [6, score],
    ] as const) {
      if (value !== '' && !isDecimalString(value)) {
        problems.push({ line, column: COLUMN_NAMES[col] ?? '', key: 'paste.notNumber', value });
      }
    }
    const reason = cell(7);
    rows.push({
      level1,
      ...(level2 ? { level2 } : {}),
      name,
      weight,
      ...(target ? { target } : {}),
      ...(actual ? { actual } : {}),
      ...(score ? { score } : {}),
      ...(reason ? { deviationReason: reason } : {}),
    });
  });
  return { rows, problems };
}
