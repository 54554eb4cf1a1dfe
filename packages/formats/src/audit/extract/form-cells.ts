import { findNumbers, type NumberToken, readQuantity } from '@jixiao/domain';
import type { AuditDocument, Evidence, SourceRef } from '../document';
import type { Cell } from './tables';

/**
 * The cells of a document as one stream, whatever the reader made of its tables: a table block's rows,
 * a paragraph that holds a row ("产出指标 | 数量指标 | …"), one cell per paragraph, or a line of cells
 * separated by spaces. Empty cells are dropped ("—" and "-" are kept: they hold a column's place); every
 * cell keeps its quote and location, and whether a line ended after it.
 */
export interface StreamCell extends Cell {
  /** The line (paragraph or table row) ended after this cell. */
  lineEnd: boolean;
  /** Cut out of cells run together with no separator: where one cell ended was a guess. */
  runTogether?: boolean;
  /** One of the figures cut from a run of digits (`splitGluedFigures`): one reading among several. */
  figuresCut?: boolean;
}

export function cellStream(doc: AuditDocument): StreamCell[] {
  const out: StreamCell[] = [];
  const push = (pieces: string[], source: (k: number) => SourceRef, guessedCuts = false) => {
    const cells = mergeFragments(pieces.map((p) => p.trim()).filter((p) => p !== ''));
    // "效益指标 | 30分)": a level-1 label's frame split into the next cell (or line) belongs to it.
    const prev = out[out.length - 1];
    const first = cells[0];
    if (
      prev &&
      first !== undefined &&
      /^[（(]?\d+(?:\.\d+)?分?[）)]$/.test(first) &&
      cellType(prev.text) === 'level1'
    ) {
      prev.text = `${prev.text}(${first.replace(/[（()）]/g, '')})`;
      cells.shift();
      prev.lineEnd = cells.length === 0;
    }
    // "数量 | 指标", "经济效 | 益指标": a level label split over two cells (or lines) is one label.
    const last = out[out.length - 1];
    const head = cells[0];
    if (last && head !== undefined && cellType(last.text) === 'text' && cellType(head) === 'text') {
      const joined = `${last.text}${head}`;
      const kind = cellType(joined);
      if (kind === 'level1' || kind === 'level2') {
        last.text = joined;
        last.evidence = { ...last.evidence, quote: joined };
        cells.shift();
        last.lineEnd = cells.length === 0;
      }
    }
    cells.forEach((text, k) => {
      out.push({
        text,
        evidence: { quote: text, source: source(k + 1) },
        lineEnd: k === cells.length - 1,
        ...(guessedCuts ? { runTogether: true } : {}),
      });
    });
  };
  for (const b of doc.blocks) {
    const page = b.page !== undefined ? { page: b.page } : {};
    if (b.kind === 'paragraph') {
      push(splitLine(b.text), (cell) => ({ paragraph: b.index, cell, ...page }), isRunTogether(b.text));
    } else {
      b.rows.forEach((row, r) => {
        push(row, (cell) => ({ table: b.index, row: r + 1, cell, ...page }));
      });
    }
  }
  return out;
}

/**
 * A row written on one line: cells between `|`, between tabs, or between spaces. Between spaces, the
 * normaliser has already joined a number to the Chinese beside it ("完成 25.00" → "完成25.00", "120 人 126人"
 * → "120人126人"), so such a piece is cut again where one cell's number or unit ends and the next begins.
 */
function splitLine(text: string): string[] {
  if (text.includes('|')) return text.split('|');
  if (text.includes('\t')) return text.split('\t');
  if (isRunTogetherTable(text)) {
    const withUnits = /计量单位|度量单位/.test(text.replace(/\s/g, ''));
    return joinSplitLabels(
      text
        .split(/\s+/)
        .flatMap((piece) => (runTogether(piece) ? splitRunTogether(piece) : tableTokens(piece, withUnits))),
    );
  }
  const pieces = text.split(/\s+/);
  // A row of cells between spaces whose figures the normaliser joined to the words beside them
  // ("1指标7:建立预防接种证221人221人2"): cut again at the figures, as a run-together table is.
  const spaced = pieces.length >= 4;
  return pieces.flatMap((piece) => {
    if (runTogether(piece)) return splitRunTogether(piece);
    const again = resplit(piece);
    // Header cells ("分值(10分)", "得分率") are left as written: only figures cut, never labels or brackets.
    if (!spaced || again.length > 1 || /[（()）]/.test(piece)) return again;
    const cut = tableTokens(piece, false, false);
    return cut.length >= 2 && cut.some((c) => cellType(c) !== 'text') ? cut : again;
  });
}

/**
 * The 资金 block's labels, by which cells run together with no separator at all ("预算数(A)执行数(B)执行率(B/A)
 * 得分(20分*执行率)年度财政资金总额10万10万100%20") are cut apart again.
 */
const FUNDS_LABEL =
  /年初预算数|全年预算数|调整后预算数|预算数[（(][A-Z][）)]|全年执行数|执行数[（(][A-Z][）)]|执行率[（(][^）)]{0,8}[）)]|得分[（(][^）)]{0,16}[）)]|年度财政资金总额|年度资金总额|其中[:：]?(?:当年|本年)?财政拨款|上年结转资金|其他资金/g;

function isRunTogether(text: string): boolean {
  return (
    !text.includes('|') &&
    !text.includes('\t') &&
    (text.split(/\s+/).some(runTogether) || isRunTogetherTable(text))
  );
}

/**
 * The indicator table's header and level labels, by which a table whose cells run together with no separator
 * ("一级指标二级指标三级指标年初目标值实际完成值得分产出指标数量指标…") is cut apart again. Longer labels first:
 * at one place the longest label that fits is taken ("服务对象满意度指标" before "满意度指标").
 */
const TABLE_LABEL = new RegExp(
  [
    '偏差原因分析及改进措施',
    '服务对象满意度指标',
    '可持续影响指标',
    '(?:经济|社会|生态|环境)效益指标',
    '(?:产出|效益|效果|满意度|成本|数量|质量|时效)指标',
    '(?:一级|二级|三级)指标',
    '绩效指标',
    '指标名称',
    '(?:计量|度量)单位',
    '指标性质',
    '(?:年初|年度|调整)(?:目标|指标)值',
    '(?:实际|全年)完成值',
    '全年实际值',
    '指标(?:权重|分值|得分)',
    '(?:自评)?得分',
    '分值',
    '(?<=[）)]|得分|完成值)说明',
  ].join('|'),
  'g',
);

/** Header labels that only a header writes (not 得分 or 分值, which a scoring rule may hold). */
const HEADER_ONLY =
  /(?:一级|二级|三级)指标|指标名称|(?:计量|度量)单位|指标性质|(?:年初|年度|调整)(?:目标|指标)值|(?:实际|全年)完成值|全年实际值|指标(?:权重|分值|得分)/g;

/**
 * A line holding an indicator header whose labels run together: three header labels in one piece. A framework
 * with a 评价标准 column is not cut this way: its rules are full of figures that no cell boundary follows.
 */
function isRunTogetherTable(text: string): boolean {
  return text
    .split(/\s+/)
    .some(
      (piece) => (piece.match(HEADER_ONLY)?.length ?? 0) >= 3 && !/评价标准|评分标准|计算方法/.test(piece),
    );
}

/** A figure with the unit written after it, as a cell of a run-together row holds it ("1000万元", "1年", "95%"). */
const TABLE_FIGURE =
  /(?:[≥≤=><]|>=|<=)?\d+(?:\.\d+)?(?:个百分点|%|‰|万元|亿元|元|万亩|亩|平方米|公里|千米|米|万人|人次|人|户|家|个|项|次|例|辆|天|日|年|月|座|所|处|条|件|台|套|株|吨|场|期|篇|批|种|册|份)?/g;

const GLUED_FIGURES = /(?:[≥≤=><]|>=|<=)?\d[\d.]*/g;

const TRAILING_UNIT =
  /^(.+?)(%|‰|万亩|亩|平方米|公里|千米|万元|元|万人|人次|人|户|家|个|项|次|天|座|所|处|条|件|台|套|株|吨)$/;

/**
 * The cells of one piece of a run-together table: the labels, the figures with their units, and the texts
 * between them. A text that ends with the same words written twice or three times ("成本控制不超过预算不超过预算")
 * holds a name and the target and actual value that agree; with a 计量单位 column, a unit that ends a text
 * before a figure ("完成率%90") is a cell of its own.
 */
function tableTokens(piece: string, withUnits: boolean, atLabels = true): string[] {
  const out: string[] = [];
  let at = 0;
  const text = (run: string, beforeFigure: boolean) => {
    if (run === '') return;
    const unit = withUnits && beforeFigure ? TRAILING_UNIT.exec(run) : null;
    const words = unit?.[1] ?? run;
    out.push(...repeatedTail(words));
    if (unit?.[2]) out.push(unit[2]);
  };
  const cuts = [...(atLabels ? piece.matchAll(TABLE_LABEL) : [])].map((m) => ({
    start: m.index ?? 0,
    text: m[0],
    label: true,
  }));
  const pieces: Array<{ text: string; label: boolean }> = [];
  for (const c of cuts) {
    if (c.start > at) pieces.push({ text: piece.slice(at, c.start), label: false });
    pieces.push({ text: c.text, label: true });
    at = c.start + c.text.length;
  }
  if (at < piece.length) pieces.push({ text: piece.slice(at), label: false });
  for (const p of pieces) {
    if (p.label) {
      out.push(p.text);
      continue;
    }
    let from = 0;
    // With a 计量单位 column the figures carry no unit, and figures run together stay one run of digits
    // ("0.4100.110") for the form's columns to cut (form-recovery's `splitGluedFigures`).
    for (const m of p.text.matchAll(withUnits ? GLUED_FIGURES : TABLE_FIGURE)) {
      const start = m.index ?? 0;
      const after = p.text.slice(start + m[0].length);
      const before = p.text.slice(0, start);
      // Digits inside words ("2020年度", "指标1:", "0-6岁") belong to the words.
      if (/^[年月日号:：、\-岁级]/.test(after) || /[-\dA-Za-z.]$/.test(before)) continue;
      if (/^(?:19|20)\d\d年$/.test(m[0]) && /^度/.test(after)) continue;
      // "孕产妇7天访视数", "0-36月龄": a span of time between words is part of the name.
      if (/[天日月年]$/.test(m[0]) && /^[\u4e00-\u9fff]/.test(after) && /[\u4e00-\u9fff]$/.test(before))
        continue;
      text(p.text.slice(from, start), true);
      out.push(m[0]);
      from = start + m[0].length;
    }
    text(p.text.slice(from), false);
  }
  return out.filter((t) => t.trim() !== '');
}

/** "产出 | 指标": a level label broken by the line is one cell again. */
function joinSplitLabels(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    const joined = `${prev ?? ''}${c}`;
    if (prev !== undefined && cellType(prev) === 'text' && /^(?:level1|level2)$/.test(cellType(joined)))
      out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
}

/** "保证专款专用专款专用专款专用" → "保证专款专用", "专款专用", "专款专用": the same words repeated at the end. */
function repeatedTail(run: string): string[] {
  // A cell is short: at most 40 characters repeated are looked for (a long text costs no more than a short one).
  for (let len = Math.min(40, Math.floor(run.length / 2)); len >= 2; len--) {
    const tail = run.slice(run.length - len);
    if (run.slice(run.length - 2 * len, run.length - len) !== tail) continue;
    const head = run.slice(0, run.length - 2 * len);
    return [...(head === '' ? [] : [head]), tail, tail];
  }
  return [run];
}

function runTogether(piece: string): boolean {
  return piece.length > 30 && (piece.match(FUNDS_LABEL)?.length ?? 0) >= 4;
}

function splitRunTogether(piece: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of piece.matchAll(FUNDS_LABEL)) {
    const start = m.index ?? 0;
    out.push(...figuresAndText(piece.slice(at, start)), m[0]);
    at = start + m[0].length;
  }
  out.push(...figuresAndText(piece.slice(at)));
  return out;
}

/** "10万10万100%20年度绩效指标" → "10万", "10万", "100%", "20", "年度绩效指标". */
function figuresAndText(run: string): string[] {
  const out: string[] = [];
  const re = /\d+(?:\.\d+)?(?:万元|亿元|万|元|%)?/g;
  let at = 0;
  for (const m of run.matchAll(re)) {
    const start = m.index ?? 0;
    // Digits inside words ("2020年度", "指标1") belong to the words.
    const after = run.slice(start + m[0].length);
    if (
      /^[月日号]/.test(after) ||
      (/^年/.test(after) && /^(?:19|20)\d\d$/.test(m[0])) ||
      (/[\u4e00-\u9fff]$/.test(run.slice(0, start)) && /^[:：、]/.test(after))
    )
      continue;
    if (start > at) out.push(run.slice(at, start));
    out.push(m[0]);
    at = start + m[0].length;
  }
  if (at < run.length) out.push(run.slice(at));
  return out.filter((p) => p.trim() !== '');
}

function resplit(piece: string): string[] {
  // "9.00满意度指标": a full line of one row joined to the next row (a PDF's wrapped paragraphs); a level
  // label never follows a figure in one cell, so the figure ends the row before.
  const label = /^([-+]?\d+(?:\.\d+)?%?)([\u4e00-\u9fff].*)$/.exec(piece);
  if (label?.[1] && label[2] && ['level1', 'level2'].includes(cellType(label[2])))
    return [label[1], label[2]];
  // "年度总金额500", "其中财政拨款500": a 资金 row's label joined to its first figure by the normaliser.
  const funds =
    /^((?:其中[:：]?)?[\u4e00-\u9fff]{0,10}(?:总额|总金额|拨款|资金|支出|合计|总计)[:：]?)([-+]?\d+(?:\.\d+)?)$/.exec(
      piece,
    );
  if (funds?.[1] && funds[2]) return [funds[1], funds[2]];
  // "完成25.00": a short word, then a bare figure.
  const word = /^([\u4e00-\u9fff]{1,4})([-+]?\d+(?:\.\d+)?)$/.exec(piece);
  if (word?.[1] && word[2]) return [word[1], word[2]];
  // "120人126人": a figure with its unit, then the next figure.
  const two =
    /^((?:[≥≤=><]|>=|<=)?\d+(?:\.\d+)?(?![年月])[\u4e00-\u9fff%]{1,3})(\d+(?:\.\d+)?[\u4e00-\u9fff%]{0,3})$/.exec(
      piece,
    );
  if (two?.[1] && two[2]) return [two[1], two[2]];
  return [piece];
}

/**
 * Pieces that belong to the cell before them: a unit in brackets ("扶持主体 (个)"), and a comparator
 * written in its own cell before its value ("≥ | 95 | %" under 指标性质 / 指标值 / 度量单位).
 */
function mergeFragments(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let pendingSign = '';
  for (const p of pieces) {
    if (COMPARATOR_ONLY.test(p)) {
      pendingSign += p;
      continue;
    }
    const prev = out[out.length - 1];
    if (pendingSign !== '') {
      out.push(pendingSign + p);
      pendingSign = '';
    } else if (prev !== undefined && /^[（(][^）)]{0,12}[）)]$/.test(p) && !/^[（(]\d/.test(p)) {
      out[out.length - 1] = `${prev}${p}`;
    } else if (prev !== undefined && UNIT_ONLY.test(p) && NUMBER_ONLY.test(prev)) {
      out[out.length - 1] = `${prev}${p.replace(/[（(].*$/, '')}`;
    } else out.push(p);
  }
  if (pendingSign !== '') out.push(pendingSign);
  // "≥95%(百分比)": the unit's annotation says nothing the unit does not.
  return out.map((c) =>
    c.replace(/^((?:[≥≤=><]|>=|<=)?\d+(?:\.\d+)?[^\d（(]{0,4})[（(](?:百分比|文字描述|单位)[）)]$/, '$1'),
  );
}

const COMPARATOR_ONLY = /^(?:[≥≤=＝﹦><≧≦═]|>=|<=|大于等于|小于等于|等于)$/;
const UNIT_ONLY =
  /^(?:%|％|元|万元|亿元|个|人|人次|次|天|日|月|年|米|公里|千米|平方米|亩|万亩|户|家|项|座|所|处|条|件|台|套|只|头|吨|场|期|篇|批)(?:[（(][^）)]*[）)])?$/;
const NUMBER_ONLY = /^(?:[≥≤=＝﹦><≧≦═]|>=|<=)?[-+]?\d+(?:\.\d+)?$/;

/** What a cell holds, as far as placing it in a column goes. */
export type CellType = 'level1' | 'level2' | 'number' | 'percent' | 'amount' | 'quantity' | 'blank' | 'text';

const LEVEL1 =
  /^(?:(?:产出|效益|效果|满意度|成本)指标(?:[（(][^）)]*[）)]?)?|(?:决策|过程|投入|管理|履职)(?:[（(]\d+分?[）)]?)?|(?:规划|执行|效果|产出|效益)[（(]\d+(?:\.\d+)?分[）)])$/;
const LEVEL2 =
  /^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|满意度|经济成本|社会成本|生态环境成本)指标(?:[（(][^）)]*[）)]?)?$/;

/** A 部门整体 framework's 二级 label carries its points: "基础信息 (3分)", "预算执行 (18分)". */
const FRAMED_LEVEL2 = /^[\u4e00-\u9fff]{2,8}[（(]\d+(?:\.\d+)?分[）)]$/;
/** …but a form's own frame ("年度绩效目标(80分)") and headings ("预算执行情况(20分)") are not. */
const NOT_LEVEL2 = /^年度|执行情况|指标$|指标[（(]/;

/** A text with its points, which is a 二级 label where the row opens and a scoring rule after the weight. */
export function isFramedLabel(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return FRAMED_LEVEL2.test(t) && !NOT_LEVEL2.test(t);
}

export function cellType(text: string): CellType {
  const t = text.replace(/\s/g, '');
  if (/^[—–\-－/／]+$/.test(t)) return 'blank';
  if (LEVEL1.test(t)) return 'level1';
  if (LEVEL2.test(t) || isFramedLabel(t)) return 'level2';
  if (/^[-+]?\d+(?:\.\d+)?分?$/.test(t)) return 'number';
  if (/^\d+(?:\.\d+)?%$/.test(t)) return 'percent';
  if (/^[-+]?\d+(?:\.\d+)?(?:元|万元|亿元|万|亿)$/.test(t)) return 'amount';
  if (/^(?:[≥≤=＝﹦><≧≦]|>=|<=)/.test(t) || readQuantity(t)) return 'quantity';
  return 'text';
}

/** The single number of a cell, or undefined when it holds none or several. */
export function numberOf(text: string): NumberToken | undefined {
  const tokens = findNumbers(text);
  return tokens.length === 1 ? tokens[0] : undefined;
}

export function evidenceOf(c: Cell): Evidence {
  return c.evidence;
}

const COMPARATOR = /^(?:[≥≤=＝><]|>=|<=)$/;

/** "≥" in the 指标性质 cell before "28" in the 指标值 cell: the target is "≥28". */
export function withNature(target: Cell | undefined, nature: Cell | undefined): Cell | undefined {
  const sign = nature?.text.trim() ?? '';
  if (!target || !COMPARATOR.test(sign) || /^(?:[≥≤=＝><]|>=|<=)/.test(target.text.trim())) return target;
  const text = `${sign}${target.text.trim()}`;
  return { text, evidence: { ...target.evidence, quote: text } };
}
