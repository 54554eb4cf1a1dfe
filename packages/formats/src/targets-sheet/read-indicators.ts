import {
  DECLARATION_LABELS,
  dec,
  labelForPath,
  type Target,
  VALUE_BASIS_LABEL,
  type ValueBasis,
} from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import { readCellNumber } from '../sheet-reader/cell-number';
import { mapColumns } from '../sheet-reader/column-map';
import { findLabel } from '../sheet-reader/find-labels';
import { type CellRef, cellAt, type Grid, textAt } from '../sheet-reader/grid';
import type { SheetIssues } from '../sheet-reader/sheet-issues';
import { CORE_MARK, INDICATOR_HEADERS, type IndicatorColumn } from './layout';
import type { SectionRead } from './sections';
import { readTargetCells, unknownComparator } from './target-cell';

const REQUIRED: readonly IndicatorColumn[] = ['level1', 'name', 'target', 'weight'];

function readBasis(text: string): ValueBasis | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  for (const [key, label] of Object.entries(VALUE_BASIS_LABEL) as [ValueBasis, string][]) {
    if (t === label || t === label.replace('标准', '')) return key;
  }
  return 'bad';
}

function readCore(text: string): boolean | 'bad' {
  const t = text.trim();
  if (t === '' || t === '否') return false;
  return t === CORE_MARK || t === '☆' || t === '是' || t === '√' ? true : 'bad';
}

export interface IndicatorRows {
  indicators: Record<string, unknown>[];
}

/** The row where the indicator table's header is (the first row naming 三级指标), if any. */
export function findIndicatorTable(grid: Grid, from = 0): CellRef | undefined {
  return findLabel(grid, INDICATOR_HEADERS.name, { from });
}

/**
 * The 绩效指标 table by its header labels: one indicator per row with a 三级指标, until the end of the
 * sheet. Each bad cell is reported at its place: an empty 三级指标 on a row with figures, a 分值 that
 * is not a positive number, a sign the wording reader does not know, an unknown 设定依据 or ★ mark.
 */
export function readIndicators(grid: Grid, issues: SheetIssues, header: CellRef): SectionRead<IndicatorRows> {
  const origins = new Map<string, CellRef>();
  const { columns } = mapColumns(grid, [header.row], INDICATOR_HEADERS);
  const missing = REQUIRED.filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    for (const key of missing) {
      const column = INDICATOR_HEADERS[key][0];
      issues.at(header, labelForPath(['indicators']), m('sheet.missingColumn', { column }), 'indicators');
    }
    return { value: { indicators: [] }, origins };
  }
  const at = (row: number, key: IndicatorColumn) => {
    const col = columns[key];
    return col === undefined ? '' : textAt(grid, row, col);
  };
  const ref = (row: number, key: IndicatorColumn): CellRef => ({ row, col: columns[key] ?? 0 });
  const indicators: Record<string, unknown>[] = [];
  for (let row = header.row + 1; row < grid.rows.length; row++) {
    const cells = (Object.keys(columns) as IndicatorColumn[]).map((k) => at(row, k));
    if (cells.every((c) => c === '')) continue;
    const index = indicators.length;
    const name = at(row, 'name');
    const label = (field: string) =>
      labelForPath(['indicators', index, field], { indicators: { [index]: { name } } }, DECLARATION_LABELS);
    const place = (key: IndicatorColumn, path: string) =>
      origins.set(`indicators[${index}].${path}`, ref(row, key));
    if (name === '')
      issues.at(ref(row, 'name'), label('name'), m('sheet.nameEmpty'), `indicators[${index}].name`);
    const level1 = at(row, 'level1');
    if (level1 === '')
      issues.at(ref(row, 'level1'), label('level1'), m('sheet.level1Empty'), `indicators[${index}].level1`);
    place('level1', 'level1');
    place('name', 'name');
    const indicator: Record<string, unknown> = { level1, name };
    const level2 = at(row, 'level2');
    if (level2) indicator.level2 = level2;

    const weightRef = ref(row, 'weight');
    const weight = readCellNumber(cellAt(grid, weightRef.row, weightRef.col), 'score');
    const weightPath = `indicators[${index}].weight`;
    if (weight.status === 'bad') issues.at(weightRef, label('weight'), weight.reason, weightPath);
    else if (weight.status === 'blank')
      issues.at(weightRef, label('weight'), m('sheet.weightMissing'), weightPath);
    else if (!dec(weight.value).isPositive() || dec(weight.value).isZero())
      issues.at(weightRef, label('weight'), m('sheet.weightZero'), weightPath);
    else indicator.weight = weight.value;
    place('weight', 'weight');

    const target = readTargetCell(
      issues,
      at(row, 'target'),
      at(row, 'unit'),
      ref(row, 'target'),
      label('target'),
      `indicators[${index}].target`,
    );
    indicator.target = target;
    place('target', 'target');
    if (columns.midTermTarget !== undefined && at(row, 'midTermTarget') !== '') {
      const path = `indicators[${index}].midTermTarget`;
      indicator.midTermTarget = readTargetCell(
        issues,
        at(row, 'midTermTarget'),
        at(row, 'unit'),
        ref(row, 'midTermTarget'),
        label('midTermTarget'),
        path,
      );
    }

    const basis = readBasis(at(row, 'basis'));
    if (basis === 'bad')
      issues.at(
        ref(row, 'basis'),
        label('basis'),
        m('targets.unknownBasis', { text: at(row, 'basis') }),
        `indicators[${index}].basis`,
      );
    else if (basis) indicator.basis = basis;
    const core = readCore(at(row, 'core'));
    if (core === 'bad')
      issues.at(
        ref(row, 'core'),
        label('core'),
        m('targets.unknownCore', { text: at(row, 'core') }),
        `indicators[${index}].core`,
      );
    else indicator.core = core;
    indicators.push(indicator);
  }
  return { value: { indicators }, origins };
}

function readTargetCell(
  issues: SheetIssues,
  text: string,
  unit: string,
  ref: CellRef,
  label: ReturnType<typeof labelForPath>,
  path: string,
): Target {
  const target = readTargetCells(text, unit);
  if (unknownComparator(text, target)) issues.at(ref, label, m('targets.unknownComparator', { text }), path);
  return target;
}
