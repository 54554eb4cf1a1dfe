import {
  COMPARATOR_LABEL,
  COMPARATORS,
  type Comparator,
  customLibraryId,
  type ErrorIssue,
  type IndicatorLibraryEntry,
  indicatorLibraryEntrySchema,
  JixiaoError,
  LIBRARY_CATEGORIES,
  LIBRARY_CATEGORY_KEYS,
  LIBRARY_FIELD_LABEL,
  LIBRARY_STATUS_LABEL,
  type LibraryCategory,
  libraryCategoryOf,
  libraryEntryIssues,
  type Message,
  normaliseWording,
  VALUE_BASES,
  VALUE_BASIS_LABEL,
  type ValueBasis,
} from '@jixiao/domain';
import { checkZip } from '../file/zip-guard';
import { formatsMessage as m } from '../messages';
import { columnLetter, type Grid, textAt } from '../sheet-reader/grid';
import { loadGrids } from '../sheet-reader/read-workbook';
import { LIBRARY_COLUMNS, type LibraryColumn, libraryColumnOf, REQUIRED_LIBRARY_COLUMNS } from './columns';

/** The header is looked for in the first rows only: a title line or two may stand above it. */
const HEADER_SEARCH_ROWS = 10;

interface Header {
  row: number;
  columns: Map<LibraryColumn, number>;
}

function findHeader(grid: Grid): Header | undefined {
  for (let row = 0; row < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); row++) {
    const columns = new Map<LibraryColumn, number>();
    (grid.rows[row] ?? []).forEach((cell, col) => {
      const column = cell ? libraryColumnOf(cell.text) : undefined;
      if (column && !columns.has(column)) columns.set(column, col);
    });
    if (REQUIRED_LIBRARY_COLUMNS.every((c) => columns.has(c))) return { row, columns };
  }
  return undefined;
}

type CellResult<T> = { value: T } | { problem: Message };

const COMPARATOR_WORDS: Record<string, Comparator> = Object.fromEntries([
  ...COMPARATORS.map((c) => [normaliseWording(COMPARATOR_LABEL[c]), c] as const),
  ...COMPARATORS.map((c) => [normaliseWording(c), c] as const),
]);

function comparatorCell(text: string): CellResult<Comparator | undefined> {
  if (text === '') return { value: undefined };
  const found = COMPARATOR_WORDS[normaliseWording(text)];
  return found ? { value: found } : { problem: m('library.badComparator', { value: text }) };
}

function basisCell(text: string): CellResult<ValueBasis | undefined> {
  if (text === '') return { value: undefined };
  const wanted = normaliseWording(text);
  const found = VALUE_BASES.find((b) => {
    const label = VALUE_BASIS_LABEL[b];
    return wanted === label || wanted === label.replace(/标准$/, '') || wanted === b;
  });
  const choices = VALUE_BASES.map((b) => VALUE_BASIS_LABEL[b]).join('、');
  return found ? { value: found } : { problem: m('library.badBasis', { value: text, choices }) };
}

function categoriesCell(text: string): CellResult<LibraryCategory[]> {
  const words = text.split(/[、,，;；/\s]+/).filter(Boolean);
  const found: LibraryCategory[] = [];
  for (const word of words) {
    const key = libraryCategoryOf(word);
    if (!key) {
      const choices = LIBRARY_CATEGORY_KEYS.map((k) => LIBRARY_CATEGORIES[k].zh).join('、');
      return { problem: m('library.unknownCategory', { value: word, choices }) };
    }
    if (!found.includes(key)) found.push(key);
  }
  return { value: found };
}

const YES = ['是', '定量', 'y', 'yes', 'true', '1'];
const NO = ['否', '定性', 'n', 'no', 'false', '0'];

function yesNoCell(text: string, comparator: Comparator | undefined): CellResult<boolean> {
  const word = normaliseWording(text).toLowerCase();
  if (word === '') return { value: comparator !== undefined && comparator !== 'qualitative' };
  if (YES.includes(word)) return { value: true };
  if (NO.includes(word)) return { value: false };
  return { problem: m('library.badYesNo', { value: text }) };
}

function statusCell(text: string): CellResult<boolean> {
  const word = normaliseWording(text);
  if (word === '' || word === LIBRARY_STATUS_LABEL.active.zh) return { value: false };
  if (word === LIBRARY_STATUS_LABEL.retired.zh) return { value: true };
  return { problem: m('library.badStatus', { value: text }) };
}

/**
 * The indicator library from a workbook written by `writeLibraryXlsx` or by hand: the first sheet with a
 * header of the field labels (一级指标, 二级指标, 指标名称, 适用类别, 填写说明 at least), one entry per
 * non-empty row below it. All or nothing: any problem anywhere throws one JixiaoError that lists every
 * problem cell (file, sheet, row, column, field, reason), and no entry is returned.
 */
export async function readLibraryXlsx(bytes: Uint8Array, fileName: string): Promise<IndicatorLibraryEntry[]> {
  checkZip(bytes, fileName);
  const grids = await loadGrids(bytes, fileName);
  const found = grids.map((grid) => ({ grid, header: findHeader(grid) })).find((g) => g.header);
  if (!found?.header) {
    const columns = REQUIRED_LIBRARY_COLUMNS.map((c) => LIBRARY_FIELD_LABEL[c].zh).join('、');
    throw new JixiaoError('UNREADABLE_FILE', m('library.noHeader', { file: fileName }), [
      { message: m('library.noHeaderHint', { columns }), location: { file: fileName } },
    ]);
  }
  return readLibraryGrid(found.grid, found.header);
}

function readLibraryGrid(grid: Grid, header: Header): IndicatorLibraryEntry[] {
  const issues: ErrorIssue[] = [];
  const entries: IndicatorLibraryEntry[] = [];
  const seen = new Map<string, number>();
  const where = (row: number, column: LibraryColumn) => ({
    file: grid.file,
    ...(grid.sheet ? { sheet: grid.sheet } : {}),
    row: row + 1,
    column: columnLetter(header.columns.get(column) ?? 0),
    label: LIBRARY_FIELD_LABEL[column],
  });
  for (let row = header.row + 1; row < grid.rows.length; row++) {
    const text = (column: LibraryColumn) => {
      const col = header.columns.get(column);
      return col === undefined ? '' : textAt(grid, row, col);
    };
    if (LIBRARY_COLUMNS.every((c) => text(c) === '')) continue;
    const badCells = new Set<LibraryColumn>();
    const problem = (column: LibraryColumn, message: Message) => {
      badCells.add(column);
      issues.push({ message, location: where(row, column) });
    };
    const take = <T>(column: LibraryColumn, result: CellResult<T>): T | undefined => {
      if ('problem' in result) {
        problem(column, result.problem);
        return undefined;
      }
      return result.value;
    };
    const comparator = take('comparator', comparatorCell(text('comparator')));
    const candidate = {
      id: text('id') || customLibraryId(text('level1'), text('level2'), text('name')),
      level1: text('level1'),
      level2: text('level2'),
      name: text('name'),
      categories: take('categories', categoriesCell(text('categories'))) ?? [],
      comparator,
      unit: text('unit') || undefined,
      basis: take('basis', basisCell(text('basis'))),
      quantitative: take('quantitative', yesNoCell(text('quantitative'), comparator)) ?? false,
      guidance: text('guidance'),
      example: text('example') || undefined,
      source: text('source') || undefined,
      retired: take('retired', statusCell(text('retired'))) || undefined,
    };
    const parsed = indicatorLibraryEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of libraryEntryIssues(parsed.error.issues)) {
        const field = String(issue.location?.path?.split(/[.[]/)[0] ?? '');
        const column = LIBRARY_COLUMNS.find((c) => c === field) ?? 'name';
        // A cell already reported as unreadable is not reported again as empty.
        if (badCells.has(column)) continue;
        issues.push({ message: issue.message, location: where(row, column) });
      }
      continue;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) problem('id', m('library.duplicateId', { id: parsed.data.id, row: earlier }));
    seen.set(parsed.data.id, row + 1);
    entries.push(parsed.data);
  }
  if (issues.length > 0) {
    throw new JixiaoError(
      'INVALID_INPUT',
      m('library.sheetInvalid', { file: grid.file, count: issues.length }),
      issues,
    );
  }
  if (entries.length === 0) throw new JixiaoError('INVALID_INPUT', m('library.empty', { file: grid.file }));
  return entries;
}
