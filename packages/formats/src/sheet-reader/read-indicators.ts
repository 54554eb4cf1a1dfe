import {
  dec,
  type EvaluationKind,
  INDICATOR_COLUMN_LABEL,
  type Indicator,
  labelForPath,
  readActual,
  readTarget,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { asFraction, readCellNumber } from './cell-number';
import { type ColumnMap, headerSaysPercent, mapColumns, refOf } from './column-map';
import { isNoIndicatorsMarker, NO_INDICATORS_MARKER, readNotes } from './conventions';
import { type CellRef, type Grid, type GridCell, textAt } from './grid';
import { baseLabel, isLabel, rowBases, rowHasLabel } from './labels';
import type { SheetIssues } from './sheet-issues';

/**
 * The indicator table (绩效指标), found by its header labels wherever it sits. 一级/二级 cells merged
 * down several rows (or left blank in a CSV) carry down. Every unreadable cell becomes an issue.
 */
export const INDICATOR_COLUMN_LABELS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称'],
  nature: ['指标性质'],
  target: [
    '年度指标值',
    '指标值',
    '年度目标值',
    '目标值',
    '全年指标值',
    '预期指标值',
    '调整指标值',
    '全年(调整)指标值',
  ],
  initialTarget: ['年初指标值'],
  unit: ['度量单位', '计量单位', '单位'],
  actual: ['实际完成值', '完成值', '全年完成值', '全年实际值', '实际值', '实际完成情况', '全年实际完成值'],
  weight: ['分值', '权重', '指标权重', '指标分值'],
  score: ['得分', '指标得分', '自评得分', '实际得分'],
  coefficient: ['得分系数'],
  deviation: [
    '偏差原因分析及改进措施',
    '未完成原因分析',
    '偏差原因分析',
    '偏差原因',
    '原因分析',
    '未完成原因',
    '未完成原因分析及改进措施',
    '偏差原因及改进措施',
  ],
  measure: ['改进措施'],
} as const;
type Column = keyof typeof INDICATOR_COLUMN_LABELS;

const REQUIRED: readonly Column[] = ['level1', 'name', 'target', 'actual', 'weight'];
const COLUMN_NAME: Record<Column, string> = INDICATOR_COLUMN_LABEL;

/** Columns of which at least one is filled on a real indicator row. */
const FIGURES: readonly Column[] = ['name', 'target', 'actual', 'weight', 'score'];

const TOTAL_ROW = /^(总分|合计|总计|自评得分|自评总分|综合得分)/;
const FOOTER_ROW =
  /^(评价结论|自评结论|存在问题|存在的问题|主要问题|改进措施|整改措施|项目负责人|财务负责人|单位负责人|填报人|填表人|联系人|联系电话|审核人|备注|说明|注[:：]?|填表说明)/;

const OTHER_COLUMN_LABELS: readonly (readonly string[])[] = Object.entries(INDICATOR_COLUMN_LABELS)
  .filter(([k]) => k !== 'name')
  .map(([, labels]) => labels);

export function findIndicatorHeader(grid: Grid): number | undefined {
  for (let row = 0; row < grid.rows.length; row++) {
    const bases = rowBases(grid.rows[row] ?? []);
    // The name column plus two more known headers: enough to recognise the table even when a required
    // column is missing, so that the person is told which one.
    if (!rowHasLabel(bases, INDICATOR_COLUMN_LABELS.name)) continue;
    const others = OTHER_COLUMN_LABELS.filter((labels) => rowHasLabel(bases, labels));
    if (others.length >= 2) return row;
  }
  return undefined;
}

export interface IndicatorsRead {
  indicators: Indicator[];
  headerRows: number[];
  /** Rows of the table (for the stated totals search to skip). */
  tableRows: Set<number>;
  totalWeight?: string;
  totalScore?: string;
  origins: Map<string, CellRef>;
}

export function readIndicators(
  grid: Grid,
  issues: SheetIssues,
  headerRow: number | undefined,
  /** The sheet's kind, when its title tells: only a 部门整体 sheet may report no indicators. */
  kind?: EvaluationKind,
): IndicatorsRead {
  const origins = new Map<string, CellRef>();
  const out: IndicatorsRead = { indicators: [], headerRows: [], tableRows: new Set(), origins };
  if (headerRow === undefined) {
    issues.at(undefined, INDICATORS, m('sheet.noIndicatorTable'), 'indicators');
    return out;
  }
  // A two-row header ("指标值" over "年初 | 调整") has labels in the row below and no figures there.
  const next = grid.rows[headerRow + 1] ?? [];
  const twoRows =
    next.some(
      (c) => c && !c.mergedFrom && Object.values(INDICATOR_COLUMN_LABELS).some((l) => isLabel(c.text, l)),
    ) && !next.some((c) => c?.number !== undefined);
  out.headerRows = twoRows ? [headerRow, headerRow + 1] : [headerRow];
  const map = mapColumns(grid, out.headerRows, INDICATOR_COLUMN_LABELS);
  if (map.columns.target === undefined && map.columns.initialTarget !== undefined) {
    map.columns.target = map.columns.initialTarget;
    map.headerText.target = map.headerText.initialTarget;
    delete map.columns.initialTarget;
  }
  // Chongqing's 部门整体 form lists "指标名称" without 一级/二级 columns: its section titles
  // (共性指标 / 个性指标) stand in for 一级, and "绩效指标" when there are none.
  const flat = map.columns.level1 === undefined && isLabel(map.headerText.name ?? '', ['指标名称']);
  const missing = REQUIRED.filter((k) => map.columns[k] === undefined && !(flat && k === 'level1'));
  for (const key of missing) {
    const alternatives = INDICATOR_COLUMN_LABELS[key].filter((l) => l !== COLUMN_NAME[key]).slice(0, 3);
    const column = COLUMN_NAME[key];
    const message = alternatives.length
      ? m('sheet.missingColumnOr', { column, alternatives: quotedList(alternatives) })
      : m('sheet.missingColumn', { column });
    issues.at({ row: headerRow, col: 0 }, HEADER, message, 'indicators');
  }
  if (missing.length > 0) return out;

  let level1 = flat ? '绩效指标' : '';
  let level2: string | undefined;
  let marker: CellRef | undefined;
  for (let row = headerRow + out.headerRows.length; row < grid.rows.length; row++) {
    const first = firstText(grid, row);
    if (first === undefined) continue;
    if (TOTAL_ROW.test(baseLabel(first))) {
      out.tableRows.add(row);
      readTotals(grid, issues, row, map, out);
      break;
    }
    if (FOOTER_ROW.test(baseLabel(first))) break;
    out.tableRows.add(row);
    // The table is empty on purpose: the marker row stands where the indicators would.
    const markerCol = (grid.rows[row] ?? []).findIndex(
      (c) => c !== undefined && isNoIndicatorsMarker(c.text),
    );
    if (markerCol >= 0) {
      marker ??= { row, col: markerCol };
      continue;
    }
    // Subtotals, a repeated header (a second table: 共性指标 / 个性指标) and a section title merged
    // across the row are not indicators.
    if (/小计/.test(first) || isHeaderRow(grid, row)) continue;
    // The row's cells by column key (a class, not closures made anew on every row).
    const at = new TableRow(grid, row, map, out.indicators.length);
    const sectionInNameColumn =
      flat &&
      first === at.text('name') &&
      FIGURES.every((k) => k === 'name' || at.text(k) === '') &&
      /指标$|^[（(一二三四五六七八九十\d]/.test(first);
    if (isSectionTitle(grid, row) || sectionInNameColumn) {
      if (flat) level1 = stripNumbering(stripPoints(first));
      continue;
    }
    const l1 = stripPoints(at.text('level1'));
    if (l1 !== '' && l1 !== level1) {
      level1 = l1;
      level2 = undefined;
    }
    const l2 = stripPoints(at.text('level2'));
    if (l2 !== '') level2 = l2;
    // A row naming only its 一级/二级 (some sheets put them on a line of their own) sets the path.
    if (FIGURES.every((k) => at.text(k) === '')) continue;
    const name = at.text('name');
    at.name = name;
    if (name === '') issues.at(at.ref('name'), at.label('name'), m('sheet.nameEmpty'), at.path('name'));
    if (level1 === '')
      issues.at(at.ref('level1'), at.label('level1'), m('sheet.level1Empty'), at.path('level1'));
    const indicator: Indicator = { level1, name, weight: '0' };
    if (level2) indicator.level2 = level2;
    origins.set(at.path('name'), { row, col: map.columns.name ?? 0 });
    origins.set(at.path('level1'), { row, col: map.columns.level1 ?? 0 });

    const weight = readCellNumber(cell(grid, row, map.columns.weight), 'score');
    if (weight.status === 'bad')
      issues.at(at.ref('weight'), at.label('weight'), weight.reason, at.path('weight'));
    else if (weight.status === 'blank')
      issues.at(at.ref('weight'), at.label('weight'), m('sheet.weightMissing'), at.path('weight'));
    else if (dec(weight.value).isNegative())
      issues.at(at.ref('weight'), at.label('weight'), m('sheet.weightNegative'), at.path('weight'));
    else if (dec(weight.value).isZero())
      issues.at(at.ref('weight'), at.label('weight'), m('sheet.weightZero'), at.path('weight'));
    else indicator.weight = weight.value;
    origins.set(at.path('weight'), { row, col: map.columns.weight ?? 0 });

    const score = readCellNumber(cell(grid, row, map.columns.score), 'score');
    if (score.status === 'bad') issues.at(at.ref('score'), at.label('score'), score.reason, at.path('score'));
    else if (score.status === 'ok') {
      if (dec(score.value).isNegative())
        issues.at(at.ref('score'), at.label('score'), m('sheet.scoreNegative'), at.path('score'));
      indicator.score = score.value;
      origins.set(at.path('score'), { row, col: map.columns.score ?? 0 });
    }
    if (map.columns.coefficient !== undefined) {
      const coefficient = readCellNumber(cell(grid, row, map.columns.coefficient), 'percentOrFraction');
      if (coefficient.status === 'bad') {
        issues.at(
          at.ref('coefficient'),
          at.label('scoreCoefficient'),
          coefficient.reason,
          at.path('scoreCoefficient'),
        );
      } else if (coefficient.status === 'ok') {
        indicator.scoreCoefficient = asFraction(coefficient, headerSaysPercent(map.headerText.coefficient));
        origins.set(at.path('scoreCoefficient'), { row, col: map.columns.coefficient });
      }
    }

    const targetText =
      displayText(cell(grid, row, map.columns.target)) ||
      displayText(cell(grid, row, map.columns.initialTarget));
    // 指标性质 only where the form has the column: its blank cell is then a comparator left blank.
    const nature = map.columns.nature !== undefined ? { nature: at.text('nature') } : {};
    const target = readTarget({ text: targetText, ...nature, unit: at.text('unit') });
    if (target) indicator.target = target;
    const actual = readActual(displayText(cell(grid, row, map.columns.actual)));
    if (actual) indicator.actual = actual;
    const notes = readNotes(at.text('deviation'));
    if (notes.deviationReason) indicator.deviationReason = notes.deviationReason;
    // A separate 改进措施 column and a labelled line in the 偏差原因 cell are both kept.
    const measure = [at.text('measure'), notes.improvementMeasure].filter(Boolean).join('\n');
    if (measure) indicator.improvementMeasure = measure;
    if (notes.manualReason) {
      // A score set by hand is the 得分 of the row with its stated reason (see conventions).
      if (indicator.score === undefined && score.status !== 'bad') {
        issues.at(
          at.ref('score'),
          at.label('score'),
          m('sheet.manualReasonNoScore'),
          at.path('manualScore.score'),
        );
      } else if (indicator.score !== undefined) {
        indicator.manualScore = { score: indicator.score, reason: notes.manualReason };
        origins.set(at.path('manualScore.score'), { row, col: map.columns.score ?? 0 });
        origins.set(at.path('manualScore.reason'), { row, col: map.columns.deviation ?? 0 });
      }
    }
    out.indicators.push(indicator);
  }
  checkEmptiness(issues, headerRow, map, out.indicators.length, marker, kind);
  return out;
}

/**
 * No indicator rows is only accepted when the table says so with the marker row, and only on a 部门整体
 * sheet: many 部门整体 reports (Chongqing's among them) score the budget alone, while a project's 自评表
 * without indicators cannot be scored. A header over nothing (or blank rows) is far more often a sheet
 * cut short or filled in the wrong place.
 */
function checkEmptiness(
  issues: SheetIssues,
  headerRow: number,
  map: ColumnMap<Column>,
  count: number,
  marker: CellRef | undefined,
  kind: EvaluationKind | undefined,
): void {
  if (count === 0 && marker !== undefined && kind === 'project') {
    issues.at(
      marker,
      INDICATORS,
      m('sheet.projectWithoutIndicators', { marker: NO_INDICATORS_MARKER }),
      'indicators',
    );
  } else if (count === 0 && marker === undefined) {
    const message = m('sheet.noIndicatorRows', { row: headerRow + 1, marker: NO_INDICATORS_MARKER });
    issues.at({ row: headerRow, col: map.columns.name ?? 0 }, INDICATORS, message, 'indicators');
  } else if (count > 0 && marker !== undefined) {
    issues.at(
      marker,
      INDICATORS,
      m('sheet.markerWithRows', { marker: NO_INDICATORS_MARKER, count }),
      'indicators',
    );
  }
}

/** One row of the indicator table, its cells by column key; `name` once read, for the row's labels. */
class TableRow {
  name = '';
  constructor(
    private readonly grid: Grid,
    private readonly row: number,
    private readonly map: ColumnMap<Column>,
    /** The indicator's index, should the row be one. */
    private readonly index: number,
  ) {}
  text(key: Column): string {
    return textAt(this.grid, this.row, this.map.columns[key] ?? -1);
  }
  ref(key: Column): CellRef | undefined {
    return refOf(this.row, this.map.columns[key]);
  }
  path(field: string): string {
    return `indicators[${this.index}].${field}`;
  }
  /** "绩效指标第 4 行（名称）「分值」" / `indicators row 4 ("名称") "weight"`, as parseEvaluation words it. */
  label(field: string) {
    return labelForPath(['indicators', this.index, field], {
      indicators: { [this.index]: { name: this.name } },
    });
  }
}

function isHeaderRow(grid: Grid, row: number): boolean {
  const bases = rowBases(grid.rows[row] ?? []);
  return (
    rowHasLabel(bases, INDICATOR_COLUMN_LABELS.name) && rowHasLabel(bases, INDICATOR_COLUMN_LABELS.weight)
  );
}

/** One text across the whole row (a merged title like "（一）共性指标"), repeated in every merged cell. */
function isSectionTitle(grid: Grid, row: number): boolean {
  const texts = (grid.rows[row] ?? []).filter((c): c is GridCell => c !== undefined && c.text.trim() !== '');
  return texts.length >= 3 && texts.every((c) => c.text === texts[0]?.text && c.number === undefined);
}

function cell(grid: Grid, row: number, col: number | undefined): GridCell | undefined {
  return col === undefined ? undefined : grid.rows[row]?.[col];
}

function firstText(grid: Grid, row: number): string | undefined {
  return (grid.rows[row] ?? []).find((c) => c !== undefined && c.text.trim() !== '')?.text.trim();
}

/** "产出指标（50分）" → "产出指标": the points belong to the rule set, the name to the tree. */
function stripPoints(text: string): string {
  return text.replace(/[（(]\s*[\d.]+\s*分?\s*[)）]\s*$/, '').trim();
}

/** "（一）共性指标" / "一、共性指标" / "1.共性指标" → "共性指标". */
function stripNumbering(text: string): string {
  return text
    .replace(/^\s*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])\s*/, '')
    .trim();
}

/** What the cell shows: a percent-formatted 0.95 reads "95%", like in Excel. */
function displayText(c: GridCell | undefined): string {
  if (!c) return '';
  if (c.number !== undefined && c.percentFormat) return `${dec(c.number).times(100).toFixed()}%`;
  return c.text.trim();
}

function readTotals(
  grid: Grid,
  issues: SheetIssues,
  row: number,
  map: ColumnMap<Column>,
  out: IndicatorsRead,
): void {
  const weight = readCellNumber(cell(grid, row, map.columns.weight), 'score');
  if (weight.status === 'ok') out.totalWeight = weight.value;
  else if (weight.status === 'bad')
    issues.at(
      refOf(row, map.columns.weight),
      { zh: '总分', en: 'total weight' },
      weight.reason,
      'stated.totalWeight',
    );
  const score = readCellNumber(cell(grid, row, map.columns.score), 'score');
  if (score.status === 'ok') {
    out.totalScore = score.value;
    out.origins.set('stated.totalScore', { row, col: map.columns.score ?? 0 });
  } else if (score.status === 'bad') {
    issues.at(
      refOf(row, map.columns.score),
      { zh: '自评得分', en: 'self-evaluation score' },
      score.reason,
      'stated.totalScore',
    );
  }
}

const INDICATORS = { zh: '绩效指标', en: 'indicators' };
const HEADER = { zh: '绩效指标表头', en: 'indicator table header' };

/** 「权重」「指标权重」 / "权重", "指标权重": other headings a column may have, quoted in each language. */
function quotedList(names: readonly string[]): { zh: string; en: string } {
  return { zh: names.map((n) => `「${n}」`).join(''), en: names.map((n) => `"${n}"`).join(', ') };
}
