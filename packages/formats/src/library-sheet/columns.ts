import { LIBRARY_FIELD_LABEL, LIBRARY_FIELDS, type LibraryField, normaliseWording } from '@jixiao/domain';

/**
 * The library workbook's columns in order, each named by the domain's field label (一级指标, 二级指标 …).
 * The writer prints them in this order; the reader finds them by label wherever they stand, so a bureau
 * may reorder or leave out the optional ones.
 */
export const LIBRARY_COLUMNS = LIBRARY_FIELDS;
export type LibraryColumn = LibraryField;

/** Columns a row cannot do without; the others may be missing from the header. */
export const REQUIRED_LIBRARY_COLUMNS: readonly LibraryColumn[] = [
  'level1',
  'level2',
  'name',
  'categories',
  'guidance',
];

/** Column widths in characters, as a person needs them to read the cells. */
export const LIBRARY_COLUMN_WIDTH: Record<LibraryColumn, number> = {
  id: 40,
  level1: 12,
  level2: 18,
  name: 28,
  categories: 16,
  comparator: 10,
  unit: 10,
  basis: 10,
  quantitative: 6,
  guidance: 50,
  example: 14,
  source: 30,
  retired: 8,
};

/** Which column a header cell names, if any ("一级指标" and "一 级 指 标" alike). */
export function libraryColumnOf(text: string): LibraryColumn | undefined {
  const wanted = normaliseWording(text);
  return LIBRARY_COLUMNS.find((c) => normaliseWording(LIBRARY_FIELD_LABEL[c].zh) === wanted);
}
