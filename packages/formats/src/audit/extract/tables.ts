import { findNumbers, type NumberToken } from '@jixiao/domain';
import type { AuditDocument, Evidence, TableBlock } from '../document';
import type { Confidence } from '../finding';
import { withNature } from './form-cells';

/**
 * The tables a self-evaluation carries, found by their header labels rather than positions (every
 * province's form differs a little):
 * - the indicator table (指标名称/三级指标, 权重/分值, 得分, 得分率, 年度指标值, 实际完成值);
 * - the funds table (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分).
 */

export interface Cell {
  text: string;
  evidence: Evidence;
}

export interface IndicatorRow {
  level1?: string;
  name: Cell;
  weight: { token: NumberToken; cell: Cell };
  score?: { token: NumberToken; cell: Cell };
  rate?: { token: NumberToken; cell: Cell };
  target?: Cell;
  actual?: Cell;
  reason?: Cell;
  /** The 预算执行率 row of a table that lists it with the indicators. */
  isExecution: boolean;
  /** The 一级指标 cell of the row's group (with its frame, "产出指标（50分）"), when the form prints one. */
  level1Cell?: Cell;
  /** How the row was read from flattened text: absent when its cells sat in their columns unambiguously. */
  confidence?: Confidence;
  /** The form prints no weight for the row; `weight` is a zero placeholder until it is decoded. */
  weightMissing?: boolean;
  /**
   * The row's figures were cut from digits run together with no separator: the reading that fits the form
   * best, but one of several, so nothing is reported about the row itself (its table is still read).
   */
  figuresCut?: boolean;
  /** The weight was decoded from the score and the completion ratio (the form prints none). */
  weightDecoded?: boolean;
}

export interface IndicatorTable {
  table: number;
  rows: IndicatorRow[];
  totalRow?: { weight?: { token: NumberToken; cell: Cell }; score?: { token: NumberToken; cell: Cell } };
  /** Most decimals any score in the table is written with (how precisely the table states scores). */
  scorePlaces: number;
  /** Rebuilt from flattened text by `form-recovery`, not read from a table block. */
  recovered?: boolean;
  /** The form has a 分值/权重 column (false: weights must be decoded from the scores). */
  hasWeights?: boolean;
  /** The frame the form prints over the indicators ("年度绩效目标（80分）"). */
  frame?: { token: NumberToken; cell: Cell };
}

/** One row of the 资金 block: 年度资金总额, or one of its 其中 rows. */
export interface FundsRow {
  label: Cell;
  initialBudget?: { token: NumberToken; cell: Cell };
  adjustedBudget?: { token: NumberToken; cell: Cell };
  executed?: { token: NumberToken; cell: Cell };
  weight?: { token: NumberToken; cell: Cell };
  rate?: { token: NumberToken; cell: Cell };
  score?: { token: NumberToken; cell: Cell };
  confidence?: Confidence;
}

export interface FundsTable {
  table: number;
  initialBudget?: { token: NumberToken; cell: Cell };
  adjustedBudget?: { token: NumberToken; cell: Cell };
  executed?: { token: NumberToken; cell: Cell };
  weight?: { token: NumberToken; cell: Cell };
  rate?: { token: NumberToken; cell: Cell };
  score?: { token: NumberToken; cell: Cell };
  amountUnit: 'yuan' | 'wanYuan' | 'yiYuan';
  /** Every row of the block in order, the total first (recovered forms). */
  rows?: FundsRow[];
  recovered?: boolean;
  confidence?: Confidence;
  /** The rule the form prints for the execution score ("20分×执行率", "执行率*该指标分值，最高不得超过分值"). */
  rule?: Cell;
  /** The rate is written as a fraction (0.1 for 14.46%). */
  rateIsFraction?: boolean;
  /** 部门整体 forms: the money by 收入性质 and by 支出性质, each a stated total and its parts. */
  byNature?: Record<'income' | 'spending', NatureSide>;
}

export interface NatureSide {
  total?: { token: NumberToken; cell: Cell };
  parts: Array<{ label: string; value: { token: NumberToken; cell: Cell } }>;
}

function cell(t: TableBlock, r: number, c: number): Cell {
  const text = t.rows[r]?.[c] ?? '';
  return {
    text,
    evidence: {
      quote: text,
      source: { table: t.index, row: r + 1, cell: c + 1, ...(t.page !== undefined ? { page: t.page } : {}) },
    },
  };
}

function findCol(header: readonly string[], re: RegExp, not?: RegExp): number {
  return header.findIndex((h) => re.test(h.replace(/\s/g, '')) && !not?.test(h.replace(/\s/g, '')));
}

function numberIn(t: TableBlock, r: number, c: number, units?: NumberToken['unit'][]) {
  if (c < 0) return undefined;
  const cl = cell(t, r, c);
  const tokens = findNumbers(cl.text);
  if (tokens.length !== 1) return undefined;
  const token = tokens[0];
  if (!token || (units && !units.includes(token.unit))) return undefined;
  return { token, cell: cl };
}

/** "4.24", "5" → decimals written. */
function places(v: string): number {
  const i = v.indexOf('.');
  return i < 0 ? 0 : v.length - i - 1;
}

export function extractIndicatorTables(doc: AuditDocument): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  for (const t of doc.blocks) {
    if (t.kind !== 'table') continue;
    const h = t.rows.findIndex(
      (row) =>
        row.some((c) => /得分/.test(c) && !/率|系数/.test(c)) &&
        row.some((c) => /权重|分值/.test(c)) &&
        row.some((c) => /三级指标|指标名称|评价指标|^指标$|^二级指标/.test(c.replace(/\s/g, ''))),
    );
    if (h < 0) continue;
    const header = t.rows[h] ?? [];
    const nameCol = [
      findCol(header, /^三级指标/),
      findCol(header, /指标名称|^指标$|评价指标|^名称$/),
      findCol(header, /^二级指标/),
    ].find((c) => c >= 0);
    const weightCol = findCol(header, /权重|分值/);
    const scoreCol = findCol(header, /得分|自评分/, /率|系数|方法|依据/);
    if (nameCol === undefined || weightCol < 0 || scoreCol < 0) continue;
    const level1Col = findCol(header, /^一级指标/);
    const rateCol = findCol(header, /得分率/);
    const targetCol = findCol(header, /年度指标值|^指标值|目标值|年初指标值/);
    const actualCol = findCol(header, /实际完成值|^完成值|实际值|全年实际|全年完成值/);
    // 四川 and 重庆 print the comparator in a 指标性质 column of its own: "≥ | 5000" is the target "≥5000".
    const natureCol = findCol(header, /^指标性质|^符号$/);
    const reasonCol = findCol(header, /偏差|原因/);
    const table: IndicatorTable = { table: t.index, rows: [], scorePlaces: 0 };
    for (let r = h + 1; r < t.rows.length; r++) {
      const name = cell(t, r, nameCol);
      const level1 = level1Col >= 0 ? cell(t, r, level1Col).text : undefined;
      const rowText = (t.rows[r] ?? []).join('');
      const weight = numberIn(t, r, weightCol, ['none', 'score', 'percent']);
      const score = numberIn(t, r, scoreCol, ['none', 'score']);
      if (/合计|总分|总计|^小计/.test(name.text) || (/^合计|^总分/.test(rowText) && !weight)) {
        table.totalRow = { ...(weight ? { weight } : {}), ...(score ? { score } : {}) };
        if (!weight && !score) {
          // "总分 | 100 | 94.24" with the label spanning several columns: take the numbers in order.
          const nums = (t.rows[r] ?? []).map((_, c) => numberIn(t, r, c, ['none', 'score'])).filter((x) => x);
          const [w, s] = nums;
          table.totalRow = { ...(w ? { weight: w } : {}), ...(s ? { score: s } : {}) };
        }
        continue;
      }
      if (!weight || name.text.trim() === '') continue;
      if (/小计/.test(name.text)) continue;
      if (score) table.scorePlaces = Math.max(table.scorePlaces, places(score.token.value));
      const rate = numberIn(t, r, rateCol, ['percent', 'none']);
      table.rows.push({
        ...(level1 ? { level1 } : {}),
        name,
        weight,
        ...(score ? { score } : {}),
        ...(rate ? { rate } : {}),
        ...(targetCol >= 0
          ? { target: withNature(cell(t, r, targetCol), natureCol >= 0 ? cell(t, r, natureCol) : undefined) }
          : {}),
        ...(actualCol >= 0 ? { actual: cell(t, r, actualCol) } : {}),
        ...(reasonCol >= 0 ? { reason: cell(t, r, reasonCol) } : {}),
        isExecution: /预算执行率|资金执行率|预算执行情况|年度资金总额/.test(name.text + (level1 ?? '')),
      });
    }
    if (table.rows.length > 0) out.push(table);
  }
  return out;
}

export function extractFundsTables(doc: AuditDocument): FundsTable[] {
  const out: FundsTable[] = [];
  for (const t of doc.blocks) {
    if (t.kind !== 'table') continue;
    const h = t.rows.findIndex((row) => row.some((c) => /执行数/.test(c)) && row.some((c) => /预算/.test(c)));
    if (h < 0) continue;
    const header = t.rows[h] ?? [];
    const headerText = t.rows
      .slice(0, h + 1)
      .flat()
      .join('');
    const amountUnit =
      /（元）|\(元\)|单位：元|单位:元/.test(headerText) && !/万元/.test(headerText) ? 'yuan' : 'wanYuan';
    const cols = {
      initialBudget: findCol(header, /年初预算/),
      adjustedBudget: findCol(header, /全年预算|调整后预算|调整预算|全年[（(]调整[）)]/),
      executed: findCol(header, /执行数/),
      weight: findCol(header, /分值|权重/),
      rate: findCol(header, /执行率/),
      score: findCol(header, /得分/),
    };
    // The 年度资金总额 row, or the first row with an executed amount.
    let r = t.rows.findIndex((row, i) => i > h && row.some((c) => /资金总额|总额|合计/.test(c)));
    if (r < 0) r = t.rows.findIndex((_row, i) => i > h && numberIn(t, i, cols.executed) !== undefined);
    if (r < 0) continue;
    const amount = (c: number) => {
      const n = numberIn(t, r, c, ['none', 'yuan', 'wanYuan', 'yiYuan']);
      return n
        ? { ...n, token: { ...n.token, unit: n.token.unit === 'none' ? amountUnit : n.token.unit } }
        : undefined;
    };
    const f: FundsTable = { table: t.index, amountUnit };
    const ib = amount(cols.initialBudget);
    const ab = amount(cols.adjustedBudget);
    const ex = amount(cols.executed);
    const w = numberIn(t, r, cols.weight, ['none', 'score']);
    const rt = numberIn(t, r, cols.rate, ['percent', 'none']);
    const sc = numberIn(t, r, cols.score, ['none', 'score']);
    if (ib) f.initialBudget = ib;
    if (ab) f.adjustedBudget = ab;
    if (ex) f.executed = ex;
    if (w) f.weight = w;
    if (rt) f.rate = rt;
    if (sc) f.score = sc;
    if (f.executed) out.push(f);
  }
  return out;
}
