import { normaliseDecimalInput } from './draft';
import type { Comparator, IndicatorInput } from './indicator-types';

/**
 * Rows copied from Excel or WPS arrive as tab-separated text, one line per row, cells with line breaks
 * quoted. We read the official column order of the indicator table:
 *   一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
 * where 年度指标值 is written with its sign and unit ("≥150家", "≤90万元", "100%", "效果明显").
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

const COLUMN_NAMES = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因',
];

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

const SIGNS: [RegExp, Comparator][] = [
  [/^(≥|>=|＞=|不低于|不少于|大于等于)/, '>='],
  [/^(≤|<=|＜=|不高于|不超过|不多于|小于等于)/, '<='],
  [/^(=|＝|等于)/, '='],
];

/** "≥150家" → comparator ≥, value 150, unit 家; "效果明显" → qualitative with that text. */
export function parseTarget(raw: string): IndicatorInput['target'] {
  const text = raw.trim();
  if (text === '') return undefined;
  let comparator: Comparator | undefined;
  let rest = text;
  for (const [re, c] of SIGNS) {
    const m = re.exec(text);
    if (m) {
      comparator = c;
      rest = text.slice(m[0].length).trim();
      break;
    }
  }
  const num = /^([-+]?[\d,，.．０-９]+)\s*(.*)$/.exec(rest);
  if (num?.[1]) {
    const value = normaliseDecimalInput(num[1]);
    const unit = (num[2] ?? '').trim();
    return { comparator: comparator ?? '=', value, ...(unit ? { unit } : {}) };
  }
  return { comparator: 'qualitative', text };
}

const TIER_WORDS: [RegExp, 'met' | 'partlyMet' | 'notMet'][] = [
  [/未达成|未完成|较差/, 'notMet'],
  [/部分达成|基本达成|部分完成|基本完成/, 'partlyMet'],
  [/达成|完成|达到/, 'met'],
];

/** "171家" → value 171; "达成年度指标" → tier met with the text; anything else is kept as text. */
export function parseActual(raw: string, qualitative: boolean): IndicatorInput['actual'] {
  const text = raw.trim();
  if (text === '') return undefined;
  if (qualitative) {
    const tier = TIER_WORDS.find(([re]) => re.test(text))?.[1];
    return { text, ...(tier ? { tier } : {}) };
  }
  const num = /^([-+]?[\d,，.．０-９]+)\s*(.*)$/.exec(text);
  if (num?.[1]) return { value: normaliseDecimalInput(num[1]) };
  return { text };
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
    const target = parseTarget(cell(3));
    const actual = parseActual(cell(4), target?.comparator === 'qualitative');
    const weight = normaliseDecimalInput(cell(5));
    const score = normaliseDecimalInput(cell(6));
    for (const [col, value] of [
      [5, weight],
      [6, score],
    ] as const) {
      if (value !== '' && !/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(value)) {
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
