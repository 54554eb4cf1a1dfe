import { type Decimal, dec, type NumberToken } from '@jixiao/domain';
import type { AuditDocument } from '../document';
import type { Confidence } from '../finding';
import {
  type CellType,
  cellStream,
  cellType,
  isFramedLabel,
  numberOf,
  type StreamCell,
  withNature,
} from './form-cells';
import type { Cell, FundsRow, FundsTable, IndicatorRow, IndicatorTable } from './tables';

/**
 * The official forms' tables put back together from flattened text (one home for this: ARCHITECTURE.md).
 * The forms are few and fixed (项目支出 / 部门整体支出绩效自评表 and their provincial variants), so their
 * header labels give the column order; the cells after the header are a stream (one per line, between `|`,
 * between spaces, rows broken over lines, merged labels only on a group's first row, blank cells missing)
 * which is cut into rows and placed in columns by each cell's type — amount, percent, comparator and value,
 * number, level label, text — at the least cost. A row whose placement was not forced (a column left blank,
 * two numbers that could swap) is marked as guessed, and checks never report an error from it.
 */

export type ColumnKind =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'rate'
  | 'reason'
  /** 河北's 自评得分 block: 单项指标得分, 权重占比(%), and the 折算得分 that counts. */
  | 'subscore'
  | 'share'
  /** 序号: the row number a 部门整体 evaluation framework prints before its 一级 label. */
  | 'serial'
  /** 重庆's 部门整体 form: 调整指标值 beside 年初指标值 (the one in force once written), 是否核心指标 (是/否). */
  | 'adjusted'
  | 'core'
  | 'other';

const INDICATOR_LABELS: ReadonlyArray<[ColumnKind, RegExp]> = [
  ['level1', /一级指标/],
  ['level2', /二级指标/],
  ['name', /三级指标|指标名称|评价指标/],
  ['nature', /指标性质|符号/],
  ['unit', /度量单位|计量单位|单位[（(]文字描述[）)]/],
  ['actual', /单项指标实际完成值|实际完成值|全年实际值|实际完成|实际值|完成值/],
  ['target', /年度指标值|年初目标值|预期指标值|年度目标值|目标值|指标值/],
  ['rate', /得分率|得分系数/],
  ['adjusted', /调整指标值|调整后指标值/],
  ['core', /是否核心指标/],
  ['other', /得分计算方法|计算方法|评分标准|完成情况/],
  ['subscore', /单项指标得分/],
  ['share', /权重占比/],
  ['weight', /指标分值|分值|权重/],
  ['score', /单项指标折算得分|折算得分|自评得分|得分|自评分/],
  ['reason', /偏差原因|未完成原因|原因分析|改进措施/],
];

/** The columns a header names, in the order written; the names (一级/二级/三级) always lead the form. */
export function columnsOf(headerText: string, labels = INDICATOR_LABELS): ColumnKind[] {
  const text = headerText.replace(/\s/g, '');
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: Array<{ kind: ColumnKind; at: number }> = [];
  for (const [kind, re] of labels) {
    const hit = firstFree(text, re, taken);
    if (hit !== undefined) found.push({ kind, at: hit });
  }
  found.sort((a, b) => a.at - b.at);
  // 指标性质 / 指标值 / 度量单位 are the sub-columns of 年度指标值, wherever the header line that names them sits.
  const sub: ColumnKind[] = ['nature', 'unit'];
  const lead: ColumnKind[] = ['level1', 'level2', 'name'];
  const rest = found.map((f) => f.kind).filter((k) => !lead.includes(k) && !sub.includes(k));
  const has = (k: ColumnKind) => found.some((f) => f.kind === k);
  // "指标名称 | 计量单位 | 指标性质 | 指标值" (重庆): sub-columns written inline before the value keep their order.
  const written = found.map((f) => f.kind).filter((k) => !lead.includes(k));
  const targetAt = written.indexOf('target');
  if (targetAt > 0 && written.slice(0, targetAt).every((k) => sub.includes(k)))
    return [...lead.filter(has), ...written];
  const withSub = rest.flatMap((k): ColumnKind[] =>
    k === 'target'
      ? [...(has('nature') ? ['nature' as const] : []), 'target', ...(has('unit') ? ['unit' as const] : [])]
      : [k],
  );
  return [...lead.filter(has), ...withSub];
}

/**
 * The first place a label is written that no earlier label took ("分值" inside "三级指标分值" once 三级指标
 * is taken), the pattern's alternatives in order of preference; marks it taken.
 */
function firstFree(text: string, re: RegExp, taken: boolean[]): number | undefined {
  const alternatives = re.source.split('|').map((a) => new RegExp(a, 'y'));
  for (const alt of alternatives)
    for (let at = 0; at < text.length; at++) {
      alt.lastIndex = at;
      const m = alt.exec(text);
      if (!m || m[0] === '') continue;
      const end = at + m[0].length;
      if (taken.slice(at, end).some((t) => t)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      return at;
    }
  return undefined;
}

const INF = Number.POSITIVE_INFINITY;

function placeCost(kind: ColumnKind, rawType: CellType, text: string): number {
  if (rawType === 'blank') return kind === 'name' ? INF : 0;
  // "经过论证(6分)" after the weight is a scoring rule, though it reads like a framework's 二级 label.
  const type: CellType = rawType === 'level2' && kind !== 'level2' && isFramedLabel(text) ? 'text' : rawType;
  switch (kind) {
    case 'level1':
      return type === 'level1' ? 0 : INF;
    case 'level2':
      return type === 'level2' ? 0 : INF;
    case 'name':
      return type === 'text' ? 0 : type === 'quantity' ? 2 : INF;
    case 'weight':
    case 'score':
      return type === 'number' && dec(numberOf(text)?.value ?? '999').lessThanOrEqualTo(100) ? 0 : INF;
    case 'target':
    case 'adjusted':
    case 'actual':
      if (type === 'level1' || type === 'level2') return INF;
      return type === 'number' ? 0.2 : type === 'text' ? 0.3 : 0;
    case 'rate':
      return type === 'percent' ? 0 : type === 'number' ? 1 : INF;
    case 'subscore':
      return type === 'number' ? 0 : INF;
    case 'serial':
      return type === 'number' && /^\d{1,3}$/.test(text.trim()) ? 0 : INF;
    case 'share':
      return type === 'number' || type === 'percent' ? 0 : INF;
    // 计量单位 (万亩, %, 个) and 指标性质 (≥, 定量) in columns of their own, as 重庆 and 四川 print them.
    case 'unit':
      return type === 'text' && /^(?:%|‰|[\u4e00-\u9fff]{1,4}(?:\/[\u4e00-\u9fff]{1,3})?)$/.test(text.trim())
        ? 0
        : 1;
    case 'nature':
      return /^(?:[≥≤=＝><]|>=|<=|定量|定性|正向|反向)$/.test(text.trim()) ? 0 : 1;
    case 'core':
      return /^[是否]$/.test(text.trim()) ? 0 : INF;
    case 'reason':
      return type === 'text' ? 0.2 : type === 'level1' || type === 'level2' ? INF : 1.5;
    default:
      return type === 'level1' || type === 'level2' ? INF : 1;
  }
}

const SKIP_COST: Record<ColumnKind, number> = {
  level1: 0,
  level2: 0,
  name: INF,
  nature: 0,
  unit: 0,
  target: 2,
  actual: 2,
  weight: 1.5,
  score: 1.2,
  rate: 0.2,
  reason: 0,
  subscore: 0,
  share: 0,
  serial: 0.5,
  adjusted: 0,
  core: 0,
  other: 0,
};

/** A text cell inside a row that fits no column (an explanation beside the name, a split fragment). */
const STRAY_COST = 1.5;

/** Cells placed in columns, and what the placement cost (0: every cell where its type belongs). */
interface Placement {
  cost: number;
  /** Some cell sits in a column its type hardly fits (cost ≥ 1). */
  poor: boolean;
  columns: Array<StreamCell | undefined>;
  /** A column the form has was left blank where a value belongs. */
  skipped: boolean;
}

/** The cheapest placement of a run of cells in the columns, each cell in a later column than the one before. */
function place(cells: readonly StreamCell[], columns: readonly ColumnKind[]): Placement | undefined {
  const n = cells.length;
  const m = columns.length;
  // best[i][j]: cost of placing the first i cells in the first j columns.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(INF));
  const from: Array<Array<'skip' | 'place' | 'stray' | undefined>> = Array.from({ length: n + 1 }, () =>
    new Array<'skip' | 'place' | 'stray' | undefined>(m + 1).fill(undefined),
  );
  const types = cells.map((c) => cellType(c.text));
  // Stray cells (an explanation beside the name) only after the name: before it they are another row's.
  const nameAt = columns.indexOf('name');
  (best[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j < m; j++) {
      const here = best[i]?.[j] ?? INF;
      if (here === INF) continue;
      const kind = columns[j] as ColumnKind;
      const skip = here + SKIP_COST[kind];
      if (skip < (best[i]?.[j + 1] ?? INF)) {
        (best[i] as number[])[j + 1] = skip;
        (from[i] as Array<'skip' | 'place' | 'stray' | undefined>)[j + 1] = 'skip';
      }
      if (i < n && (types[i] === 'text' || isFramedLabel((cells[i] as StreamCell).text)) && j > nameAt) {
        const stray = here + STRAY_COST;
        if (stray < (best[i + 1]?.[j] ?? INF)) {
          (best[i + 1] as number[])[j] = stray;
          (from[i + 1] as Array<'skip' | 'place' | 'stray' | undefined>)[j] = 'stray';
        }
      }
      if (i < n) {
        const cell = cells[i] as StreamCell;
        const put = here + placeCost(kind, types[i] as CellType, cell.text);
        if (put < (best[i + 1]?.[j + 1] ?? INF)) {
          (best[i + 1] as number[])[j + 1] = put;
          (from[i + 1] as Array<'skip' | 'place' | 'stray' | undefined>)[j + 1] = 'place';
        }
      }
    }
  const cost = best[n]?.[m] ?? INF;
  if (cost === INF) return undefined;
  const placed: Array<StreamCell | undefined> = new Array<StreamCell | undefined>(m).fill(undefined);
  let skipped = false;
  let poor = false;
  let i = n;
  let j = m;
  while (j > 0) {
    const step = from[i]?.[j];
    if (step === 'stray') {
      i -= 1;
      skipped = true;
      continue;
    }
    if (step === 'place') {
      i -= 1;
      placed[j - 1] = cells[i];
      if (placeCost(columns[j - 1] as ColumnKind, types[i] as CellType, (cells[i] as StreamCell).text) >= 1)
        poor = true;
    } else if (SKIP_COST[columns[j - 1] as ColumnKind] > 0) skipped = true;
    j -= 1;
  }
  return { cost, columns: placed, skipped, poor };
}

const HEADER_START = /^(?:一级指标|二级指标|三级指标|指标名称|绩效指标)$/;
// "总分（100分）": the label may carry the full marks in brackets; the numbers after it are still the total row.
const TOTAL_LABEL = /^(?:总分|合计|总计|综合得分|自评总分|总得分)(?:[（(]\d+(?:\.\d+)?分?[）)])?[:：]?$/;
const TABLE_END =
  /^(?:偏差大|原因分析|主要问题|改进措施|结果应用|填表人|联系电话|说明[:：]|注[:：]|备注|其他需要说明|评价结论|自评结论)/;
const FRAME = /(?:年度(?:绩效)?目标|(?:年度)?绩效指标)\s*\d*\s*[:：]?\s*[（(](\d+(?:\.\d+)?)分[）)]/;

/** Drop costs between rows: a cell that fits no row (a stray label, "……", a fragment of a split cell). */
function dropCost(c: StreamCell): number {
  const t = cellType(c.text);
  return t === 'number' || t === 'percent' ? 3 : t === 'blank' ? 0.1 : 1.2;
}

/** Cuts the cells after a header into rows at the least total cost. */
function cutRows(cells: readonly StreamCell[], columns: readonly ColumnKind[]): Placement[] {
  const n = cells.length;
  const maxLen = columns.length + 1;
  const best = new Array<number>(n + 1).fill(INF);
  const back: Array<{ from: number; row?: Placement } | undefined> = new Array(n + 1).fill(undefined);
  best[0] = 0;
  const required: ColumnKind[] = columns.filter((k) => k === 'weight' || k === 'score');
  for (let i = 0; i < n; i++) {
    const here = best[i] ?? INF;
    if (here === INF) continue;
    const drop = here + dropCost(cells[i] as StreamCell);
    if (drop < (best[i + 1] ?? INF)) {
      best[i + 1] = drop;
      back[i + 1] = { from: i };
    }
    for (let j = i + 2; j <= Math.min(n, i + maxLen); j++) {
      const row = place(cells.slice(i, j), columns);
      if (!row) continue;
      // A row has its name and at least one of the figures the form scores by.
      const figures = columns.filter((k, c) => required.includes(k) && row.columns[c] !== undefined);
      if (required.length > 0 && figures.length === 0) continue;
      // A row that crosses a line end in a table written one row per line is a little less likely.
      const total = here + row.cost - 0.01 * (j - i);
      if (total < (best[j] ?? INF)) {
        best[j] = total;
        back[j] = { from: i, row };
      }
    }
  }
  const rows: Placement[] = [];
  let k = n;
  while (k > 0) {
    const b = back[k];
    if (!b) break;
    if (b.row) rows.unshift(b.row);
    k = b.from;
  }
  return rows;
}

function tokenCell(c: StreamCell | undefined): { token: NumberToken; cell: Cell } | undefined {
  if (!c) return undefined;
  const token = numberOf(c.text);
  return token ? { token, cell: { text: c.text, evidence: c.evidence } } : undefined;
}

function asCell(c: StreamCell | undefined): Cell | undefined {
  return c ? { text: c.text, evidence: c.evidence } : undefined;
}

function places(v: string): number {
  const i = v.indexOf('.');
  return i < 0 ? 0 : v.length - i - 1;
}

/** The indicator tables of every official form in the stream. */
export function recoverIndicatorTables(stream: readonly StreamCell[], firstNumber: number): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  let i = 0;
  while (i < stream.length) {
    const start = stream[i] as StreamCell;
    const startText = start.text.replace(/\s/g, '');
    // "一级 | 指标": a header label split over two cells starts the header too.
    const split = `${startText}${(stream[i + 1]?.text ?? '').replace(/\s/g, '')}`;
    if (!HEADER_START.test(startText) && !(startText.length <= 3 && HEADER_START.test(split))) {
      i += 1;
      continue;
    }
    // The header runs to the first level-1 label (产出指标…); its labels give the columns.
    let h = i;
    while (h < stream.length && h - i < 40 && cellType((stream[h] as StreamCell).text) !== 'level1') h += 1;
    // A form without 一级 labels (重庆's 部门整体 "指标名称 | 计量单位 | …"): the header is its run of label cells.
    if (h >= stream.length || h - i >= 40) h = headerRunEnd(stream, i);
    const headerText = stream
      .slice(i, h)
      .map((c) => c.text)
      .join('');
    let named = columnsOf(headerText);
    // A header whose labels sit among other cells (an .xlsx text layer interleaving columns): its labels
    // within the next cells, put in the official form's column order. Every row read under it is a guess.
    const scattered = named.includes('score') ? undefined : scatteredHeader(stream, i);
    if (scattered) {
      named = scattered.columns;
      h = scattered.end;
    }
    // A form that names 指标值 and 完成值 but no 分值 or 得分 column (四川's 区域绩效目标自评表) still prints one
    // figure after each row's values: the score. Its column is read, not labelled, so every such row is a guess.
    const unlabelledScore =
      named.includes('target') &&
      named.includes('actual') &&
      !named.includes('weight') &&
      !named.includes('score');
    // "序号 | 一级指标 | …": each row opens with its number.
    const numbered = i > 0 && (stream[i - 1] as StreamCell).text.replace(/\s/g, '') === '序号';
    const columns: ColumnKind[] = [
      ...(numbered ? ['serial' as const] : []),
      ...(unlabelledScore ? [...named, 'score' as const] : named),
    ];
    const hasNames = columns.includes('name') || columns.includes('level2');
    if (h >= stream.length || h - i >= 40 || !hasNames || !columns.includes('score')) {
      i += 1;
      continue;
    }
    const nameColumns: ColumnKind[] = columns.includes('name')
      ? columns
      : columns.map((k) => (k === 'level2' ? 'name' : k));
    let e = h;
    while (e < stream.length && e - h < 600) {
      const t = (stream[e] as StreamCell).text.replace(/\s/g, '');
      if (TOTAL_LABEL.test(t) || TABLE_END.test(t) || (e > h && HEADER_START.test(t))) break;
      e += 1;
    }
    const placements = cutRows(splitGluedFigures(stream.slice(h, e), nameColumns), nameColumns);
    const table: IndicatorTable = {
      table: firstNumber + out.length,
      rows: [],
      scorePlaces: 0,
      recovered: true,
      hasWeights: nameColumns.includes('weight'),
    };
    const frameCell = [...stream.slice(Math.max(0, i - 6), i)].reverse().find((c) => FRAME.test(c.text));
    const frameValue = frameCell ? FRAME.exec(frameCell.text)?.[1] : undefined;
    if (frameCell && frameValue)
      table.frame = {
        token: { ...(numberOf(`${frameValue}分`) as NumberToken) },
        cell: { text: frameCell.text, evidence: frameCell.evidence },
      };
    let level1: StreamCell | undefined;
    for (const p of placements) {
      const at = (k: ColumnKind) => p.columns[nameColumns.indexOf(k)];
      const l1 = at('level1');
      if (l1) level1 = l1;
      const name = at('name');
      if (!name) continue;
      // 权重占比 25(%) of a 100-point form is a weight of 25 when the form prints no 分值 in the row.
      const weight = tokenCell(at('weight')) ?? tokenCell(at('share'));
      const score = tokenCell(at('score'));
      const confidence: Confidence =
        unlabelledScore || scattered || p.skipped || p.poor || p.columns.some((c) => c?.runTogether)
          ? 'guessed'
          : 'sure';
      if (score) table.scorePlaces = Math.max(table.scorePlaces, places(score.token.value));
      // The adjusted target is the one in force where the form writes one (as `targetInForce` reads it).
      const adjusted = at('adjusted');
      const target = withNature(
        asCell(adjusted && cellType(adjusted.text) !== 'blank' ? adjusted : at('target')),
        at('nature'),
      );
      const actual = asCell(at('actual'));
      const reason = asCell(at('reason'));
      const rate = tokenCell(at('rate'));
      const row: IndicatorRow = {
        ...(level1
          ? { level1: level1.text, level1Cell: { text: level1.text, evidence: level1.evidence } }
          : {}),
        name: { text: name.text, evidence: name.evidence },
        weight: weight ?? decodedWeightPlaceholder(name),
        ...(score ? { score } : {}),
        ...(rate ? { rate } : {}),
        ...(target ? { target } : {}),
        ...(actual ? { actual } : {}),
        ...(reason ? { reason } : {}),
        isExecution: /预算执行率|资金执行率|预算执行情况/.test(name.text),
        ...(confidence === 'guessed' ? { confidence } : {}),
        ...(weight ? {} : { weightMissing: true }),
        ...(p.columns.some((c) => c?.figuresCut) ? { figuresCut: true } : {}),
      };
      table.rows.push(row);
    }
    // "总分 | 100 | 71.7": the numbers after the label, weight before score when the form has weights.
    const total = stream[e];
    if (total && TOTAL_LABEL.test(total.text.replace(/\s/g, ''))) {
      const nums: Array<{ token: NumberToken; cell: Cell }> = [];
      for (let k = e + 1; k < Math.min(stream.length, e + 4); k++) {
        const c = stream[k] as StreamCell;
        if (cellType(c.text) !== 'number') break;
        const tc = tokenCell(c);
        if (tc) nums.push(tc);
      }
      const [a, b] = nums;
      if (a && b) table.totalRow = { weight: a, score: b };
      else if (a) table.totalRow = { score: a };
    }
    if (table.rows.length > 0) out.push(table);
    i = Math.max(e, i + 1);
  }
  return out;
}

const FIGURE_COLUMNS: readonly ColumnKind[] = [
  'target',
  'adjusted',
  'actual',
  'weight',
  'score',
  'rate',
  'subscore',
  'share',
];

/**
 * A row's figures run together with no separator ("901010010" under 指标值 | 指标权重 | 全年完成值 | 指标得分)
 * are cut into the form's figure columns at the reading that fits them best: each piece a number as written
 * (no leading zero), the weight above 0 and at most 100, the score between 0 and the weight, the actual value
 * near the target. The cells keep their run-together mark, so every row read from them is a guess.
 */
export function splitGluedFigures(
  cells: readonly StreamCell[],
  columns: readonly ColumnKind[],
): StreamCell[] {
  const kinds = columns.filter((k) => FIGURE_COLUMNS.includes(k));
  // At most five figure columns and 20 digits: the readings to weigh stay a few thousand.
  if (kinds.length < 2 || kinds.length > 5) return [...cells];
  const out: StreamCell[] = [];
  cells.forEach((c, k) => {
    const t = c.text.trim();
    const neighbours = [cells[k - 1], cells[k + 1]].filter((n) => n !== undefined);
    const alone = neighbours.every((n) => !/^\d[\d.]*$/.test(n.text.trim()));
    const reading = c.runTogether && alone && /^\d[\d.]*$/.test(t) ? bestReading(t, kinds) : undefined;
    if (!reading) {
      out.push(c);
      return;
    }
    reading.forEach((piece, j) => {
      out.push({
        ...c,
        text: piece,
        evidence: { ...c.evidence, quote: c.text },
        lineEnd: c.lineEnd && j === reading.length - 1,
        figuresCut: true,
      });
    });
  });
  return out;
}

const NUMBER_AS_WRITTEN = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The cheapest cut of a run of digits into one number per figure column, or none that fits (see above). */
function bestReading(run: string, kinds: readonly ColumnKind[]): string[] | undefined {
  if (run.length < kinds.length || run.length > 20) return undefined;
  let best: { cost: number; pieces: string[] } | undefined;
  const walk = (from: number, pieces: string[]) => {
    const left = kinds.length - pieces.length;
    if (left === 0) {
      if (from !== run.length) return;
      const cost = readingCost(pieces, kinds);
      if (cost < (best?.cost ?? INF)) best = { cost, pieces: [...pieces] };
      return;
    }
    for (let end = from + 1; end <= run.length - (left - 1); end++) {
      const piece = run.slice(from, end);
      if (!NUMBER_AS_WRITTEN.test(piece)) continue;
      pieces.push(piece);
      walk(end, pieces);
      pieces.pop();
    }
  };
  walk(0, []);
  return best?.pieces;
}

function readingCost(pieces: readonly string[], kinds: readonly ColumnKind[]): number {
  const value = (k: ColumnKind) => {
    const at = kinds.indexOf(k);
    return at < 0 ? undefined : dec(pieces[at] as string);
  };
  const weight = value('weight');
  const score = value('score');
  const target = value('adjusted') ?? value('target');
  const actual = value('actual');
  let cost = 0;
  if (weight) {
    if (weight.isZero() || weight.greaterThan(100)) return INF;
    if (weight.greaterThan(50)) cost += 1;
  }
  if (score) {
    if (score.greaterThan(weight ?? dec(100))) return INF;
    if (weight && !score.eq(weight)) cost += 0.5;
  }
  if (target && actual) {
    if (target.isZero() !== actual.isZero()) cost += 1;
    else if (!target.isZero()) {
      const ratio = target.greaterThan(actual) ? target.dividedBy(actual) : actual.dividedBy(target);
      // How many times one is the other, in digits: 90 against 100 costs little, 9010 against 0 much.
      cost += Math.min(3, ratio.toFixed(0).length - 1 + (ratio.greaterThan(2) ? 0.5 : 0));
    }
  }
  return cost;
}

/** The header's own words; a cell made only of them (brackets aside: "指标权重(分)") is a header cell. */
const HEADER_WORDS =
  /^(?:一级指标|二级指标|三级指标|指标名称|绩效指标|计量单位|度量单位|指标性质|年初指标值|调整指标值|年度指标值|指标值|全年完成值|实际完成值|完成值|指标权重|权重|分值|指标得分|得分系数|得分|是否核心指标|说明|备注|偏差原因分析及改进措施|未完成原因分析)+$/;

/** The official 自评表's column order, by which labels found out of order are put back. */
const OFFICIAL_ORDER: readonly ColumnKind[] = [
  'level1',
  'level2',
  'name',
  'nature',
  'target',
  'unit',
  'actual',
  'weight',
  'score',
  'rate',
  'reason',
];

/**
 * The header's label cells among the 40 cells from `from` (other cells between them), when they name the
 * score, the weight and the names: the columns in the official order, and where the last label stands.
 */
function scatteredHeader(
  stream: readonly StreamCell[],
  from: number,
): { columns: ColumnKind[]; end: number } | undefined {
  const labels: string[] = [];
  let end = from;
  for (let k = from; k < Math.min(stream.length, from + 40); k++) {
    const t = (stream[k] as StreamCell).text.replace(/\s/g, '').replace(/[（(][^）)]{0,6}[）)]/g, '');
    if (cellType(t) === 'level1') break;
    if (!HEADER_WORDS.test(t)) continue;
    labels.push(t);
    end = k + 1;
  }
  const kinds = new Set(columnsOf(labels.join('|')));
  if (!kinds.has('score') || !kinds.has('weight') || !(kinds.has('name') || kinds.has('level2')))
    return undefined;
  return { columns: OFFICIAL_ORDER.filter((k) => kinds.has(k)), end };
}

/** Where a header that no 一级 label ends stops: after its last cell made only of header words. */
function headerRunEnd(stream: readonly StreamCell[], from: number): number {
  let h = from;
  while (h < stream.length && h - from < 20) {
    const t = (stream[h] as StreamCell).text.replace(/\s/g, '').replace(/[（(][^）)]{0,6}[）)]/g, '');
    if (!HEADER_WORDS.test(t)) break;
    h += 1;
  }
  return h;
}

/** A row printed without its weight holds a zero until the weight is decoded from the form's arithmetic. */
function decodedWeightPlaceholder(name: StreamCell): { token: NumberToken; cell: Cell } {
  return {
    token: { value: '0', unit: 'none', unitText: '', raw: '', start: 0, end: 0, chinese: false },
    cell: { text: '', evidence: name.evidence },
  };
}

// ——— the 资金 block ———

type FundsColumn = 'initialBudget' | 'adjustedBudget' | 'executed' | 'weight' | 'rate' | 'score' | 'other';

const FUNDS_LABELS: ReadonlyArray<[FundsColumn, RegExp]> = [
  ['initialBudget', /年初预算数?/],
  ['adjustedBudget', /全年预算数|调整后预算数?|预算数/],
  ['executed', /全年执行数|执行数|实际支出数?/],
  ['rate', /执行率/],
  ['other', /得分计算方法|计算方法/],
  ['weight', /分值|权重/],
  ['score', /自评得分|得分/],
];

const FUNDS_ROW =
  /^(?:年度资金总额|年度总金额|资金总金额|总额|财政专户管理资金|单位资金|[\u4e00-\u9fff]{0,6}支出总额|年度财政资金总额|资金总额|合计|其中[:：]?.{0,12}|当年财政拨款|本年财政拨款|财政拨款|财政资金|上年结转资金?|上年结余|其他资金|基本支出|项目支出)[:：]?$/;
const FUNDS_END =
  /^(?:年度总体目标|年度绩效目标|年度目标|总体目标|绩效指标|一级指标|预期目标|年初设定目标|按收入性质分|按支出性质分)/;

function fundsColumns(headerText: string): FundsColumn[] {
  const text = headerText.replace(/\s/g, '');
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: Array<{ kind: FundsColumn; at: number }> = [];
  for (const [kind, re] of FUNDS_LABELS) {
    const hit = firstFree(text, re, taken);
    if (hit !== undefined) found.push({ kind, at: hit });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.kind);
}

interface FundsValue {
  cell: StreamCell;
  type: CellType;
}

function fundsCost(kind: FundsColumn, v: FundsValue): number {
  if (v.type === 'blank') return 0;
  const isNum = v.type === 'number' || v.type === 'amount';
  switch (kind) {
    case 'initialBudget':
    case 'adjustedBudget':
    case 'executed':
      return isNum ? 0 : INF;
    case 'weight':
    case 'score':
      return v.type === 'number' && dec(numberOf(v.cell.text)?.value ?? '999').lessThanOrEqualTo(100)
        ? 0
        : INF;
    case 'rate':
      if (v.type === 'percent') return 0;
      return v.type === 'number' && dec(numberOf(v.cell.text)?.value ?? '9').lessThan(2) ? 0.2 : INF;
    default:
      return v.type === 'text' ? 0 : INF;
  }
}

/** Every placement of a row's values in the funds columns at the least cost (ties kept: arithmetic decides). */
function fundsPlacements(values: readonly FundsValue[], columns: readonly FundsColumn[]) {
  const out: Array<{ cost: number; at: Array<FundsValue | undefined> }> = [];
  const walk = (i: number, j: number, cost: number, at: Array<FundsValue | undefined>) => {
    if (cost === INF || out.length > 200) return;
    if (i === values.length) {
      out.push({
        cost: cost + (columns.length - j) * 0.01,
        at: [...at, ...new Array(columns.length - j).fill(undefined)],
      });
      return;
    }
    if (j === columns.length) return;
    walk(i + 1, j + 1, cost + fundsCost(columns[j] as FundsColumn, values[i] as FundsValue), [
      ...at,
      values[i],
    ]);
    // A blank 年初预算数 is the usual gap (the form's own denominator is 全年预算数); a blank 全年预算数 the rarest.
    const column = columns[j] as FundsColumn;
    const skip = column === 'initialBudget' ? 0.005 : column === 'adjustedBudget' ? 0.02 : 0.01;
    walk(i, j + 1, cost + skip, [...at, undefined]);
  };
  walk(0, 0, 0, []);
  return out;
}

function amountOf(v: FundsValue | undefined, unit: FundsTable['amountUnit']) {
  if (!v || v.type === 'blank') return undefined;
  const token = numberOf(v.cell.text);
  if (!token) return undefined;
  return {
    token: { ...token, unit: token.unit === 'none' ? unit : token.unit },
    cell: { text: v.cell.text, evidence: v.cell.evidence },
  };
}

/** How well a placement fits the form's own arithmetic: the rate against the amounts, the score against the weight. */
function arithmeticFit(row: FundsRow): number {
  let fit = 0;
  const budget = row.adjustedBudget ?? row.initialBudget;
  if (row.rate && row.executed && budget && !dec(budget.token.value).isZero()) {
    const exact: Decimal = dec(row.executed.token.value).dividedBy(dec(budget.token.value));
    const written = dec(row.rate.token.value);
    const asRate = row.rate.token.unit === 'percent' ? written.dividedBy(100) : written;
    fit += exact.minus(asRate).abs().lessThanOrEqualTo(dec('0.011')) ? 2 : -1;
  }
  if (row.weight && row.score && dec(row.score.token.value).greaterThan(dec(row.weight.token.value)))
    fit -= 1;
  return fit;
}

/** The 资金 blocks of every official form in the stream, each row placed by the header's columns. */
export function recoverFundsTables(stream: readonly StreamCell[], firstNumber: number): FundsTable[] {
  const out: FundsTable[] = [];
  let i = 0;
  while (i < stream.length) {
    const t = (stream[i] as StreamCell).text.replace(/\s/g, '');
    if (
      !/^(?:年初预算数?|全年预算数?|调整后预算数?|预算数)(?:[（(][A-Za-z][）)])?$/.test(t) ||
      /^年初$/.test(stream[i + 1]?.text ?? '')
    ) {
      i += 1;
      continue;
    }
    let h = i;
    while (
      h < stream.length &&
      h - i < 12 &&
      !FUNDS_ROW.test((stream[h] as StreamCell).text.replace(/\s/g, ''))
    )
      h += 1;
    const before = stream.slice(Math.max(0, i - 4), i);
    const headerCells = [...before, ...stream.slice(i, h)];
    const headerText = headerCells.map((c) => c.text).join(' ');
    const lead = /^(?:年初|全年)$/.test(stream[i - 1]?.text.trim() ?? '') ? i - 1 : i;
    const columns = fundsColumns(
      stream
        .slice(lead, h)
        .map((c) => c.text)
        .join(''),
    );
    if (h >= stream.length || !columns.includes('executed')) {
      i += 1;
      continue;
    }
    const amountUnit: FundsTable['amountUnit'] = /万元/.test(headerText)
      ? 'wanYuan'
      : /[（(]元[）)]|单位[:：]元/.test(headerText)
        ? 'yuan'
        : 'wanYuan';
    const headerWeight = /(\d+(?:\.\d+)?)分/.exec(headerText.replace(/\s/g, ''));
    const ruleCell = headerCells.find((c) => /执行率/.test(c.text) && /[×*xX]/.test(c.text));
    const table: FundsTable = { table: firstNumber + out.length, amountUnit, rows: [], recovered: true };
    let r = h;
    while (r < stream.length) {
      const label = stream[r] as StreamCell;
      const lt = label.text.replace(/\s/g, '');
      if (FUNDS_END.test(lt) || !FUNDS_ROW.test(lt)) break;
      const values: FundsValue[] = [];
      let k = r + 1;
      while (k < stream.length && values.length < columns.length) {
        const c = stream[k] as StreamCell;
        const type = cellType(c.text);
        if (FUNDS_ROW.test(c.text.replace(/\s/g, '')) || type === 'level1' || type === 'level2') break;
        if (type === 'text' && !columns.includes('other')) break;
        if (type === 'text' && /执行率/.test(c.text) && !ruleCellOf(table))
          table.rule = { text: c.text, evidence: c.evidence };
        values.push({ cell: c, type });
        k += 1;
      }
      const options = fundsPlacements(values, columns)
        .map((p) => {
          const get = (kind: FundsColumn) => p.at[columns.indexOf(kind)];
          const row: FundsRow = { label: { text: label.text, evidence: label.evidence } };
          const ib = amountOf(get('initialBudget'), amountUnit);
          const ab = amountOf(get('adjustedBudget'), amountUnit);
          const ex = amountOf(get('executed'), amountUnit);
          const w = tokenCell(blankless(get('weight')));
          const rt = tokenCell(blankless(get('rate')));
          const sc = tokenCell(blankless(get('score')));
          if (ib) row.initialBudget = ib;
          if (ab) row.adjustedBudget = ab;
          if (ex) row.executed = ex;
          if (w) row.weight = w;
          if (rt) row.rate = rt;
          if (sc) row.score = sc;
          return { row, cost: p.cost - arithmeticFit(row) };
        })
        .sort((a, b) => a.cost - b.cost);
      const best = options[0];
      if (best) {
        const tied = options.filter((o) => o.cost - best.cost < 0.5).length;
        const row = best.row;
        if (values.length < columns.filter((c) => c !== 'other').length && tied > 1)
          row.confidence = 'guessed';
        else if (values.length < columns.filter((c) => c !== 'other').length) row.confidence = 'likely';
        if (values.some((v) => v.cell.runTogether) || label.runTogether) row.confidence = 'guessed';
        if (!row.weight && row.score && headerWeight?.[1] && !columns.includes('weight')) {
          const wt = numberOf(`${headerWeight[1]}分`);
          if (wt)
            row.weight = {
              token: wt,
              cell: {
                text: headerCells.find((c) => c.text.includes(`${headerWeight[1]}分`))?.text ?? '',
                evidence: (headerCells.find((c) => c.text.includes(`${headerWeight[1]}分`)) ?? label)
                  .evidence,
              },
            };
        }
        table.rows?.push(row);
      }
      r = Math.max(k, r + 1);
    }
    if (ruleCell && !table.rule) table.rule = { text: ruleCell.text, evidence: ruleCell.evidence };
    const nature = byNature(stream, r);
    if (nature) table.byNature = nature;
    const total = table.rows?.[0];
    if (total) {
      if (total.initialBudget) table.initialBudget = total.initialBudget;
      if (total.adjustedBudget) table.adjustedBudget = total.adjustedBudget;
      if (total.executed) table.executed = total.executed;
      if (total.weight) table.weight = total.weight;
      if (total.rate) table.rate = total.rate;
      if (total.score) table.score = total.score;
      if (total.confidence) table.confidence = total.confidence;
      if (total.rate && total.rate.token.unit !== 'percent') table.rateIsFraction = true;
    }
    if (table.executed) out.push(table);
    i = Math.max(r, i + 1);
  }
  return out;
}

const INCOME_PART =
  /^(?:其中[:：]?)?(一般公共预算(?:拨款)?|政府性基金(?:预算)?拨款|纳入专户管理的非税收入拨款|非税收入|财政拨款|上级补助收入|事业收入|经营收入|其他收入|其他资金)[:：]\s*(.*)$/;
const SPENDING_PART = /^(?:其中[:：]?)?(基本支出|项目支出)[:：]\s*(.*)$/;
const NATURE_TOTAL = /^按(收入|支出)性质分[:：]\s*(.*)$/;

type Nature = NonNullable<FundsTable['byNature']>;

/**
 * The 部门整体 form's "按收入性质分 / 按支出性质分" block under the total row: each side's total and parts,
 * written "标签:金额" in cells that flattening interleaves ("按收入性质分:2030.12 | 按支出性质分:1925.67 | 其中:
 * 一般公共预算:1325.68 | 其中:基本支出:900.47 …"); the label says which side a part is on.
 */
function byNature(stream: readonly StreamCell[], from: number): Nature | undefined {
  const out: Nature = { income: { parts: [] }, spending: { parts: [] } };
  let seen = false;
  for (let k = from; k < Math.min(stream.length, from + 24); k++) {
    const c = stream[k] as StreamCell;
    const t = c.text.replace(/\s/g, '');
    if (/^(?:年度总体目标|年度绩效目标|总体目标|预期目标)/.test(t)) break;
    const total = NATURE_TOTAL.exec(t);
    const part = INCOME_PART.exec(t) ?? SPENDING_PART.exec(t);
    if (total) {
      seen = true;
      const side = total[1] === '收入' ? out.income : out.spending;
      const v = numberOf(total[2] ?? '');
      if (v && side) side.total = { token: v, cell: { text: c.text, evidence: c.evidence } };
      continue;
    }
    if (!part || !seen) continue;
    const v = numberOf(part[2] ?? '');
    if (!v) continue;
    const side = SPENDING_PART.test(t) ? out.spending : out.income;
    side?.parts.push({
      label: part[1] ?? '',
      value: { token: v, cell: { text: c.text, evidence: c.evidence } },
    });
  }
  return seen ? out : undefined;
}

function ruleCellOf(t: FundsTable): Cell | undefined {
  return t.rule;
}

function blankless(v: FundsValue | undefined): StreamCell | undefined {
  return v && v.type !== 'blank' ? v.cell : undefined;
}

/** Both blocks of every form in a document. */
export function recoverForms(doc: AuditDocument): { indicators: IndicatorTable[]; funds: FundsTable[] } {
  const stream = cellStream(doc);
  const tables = doc.blocks.filter((b) => b.kind === 'table').length;
  const funds = recoverFundsTables(stream, tables + 1);
  const indicators = recoverIndicatorTables(stream, tables + funds.length + 1);
  return { indicators, funds };
}
