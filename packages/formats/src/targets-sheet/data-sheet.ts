import { JixiaoError, type TargetDeclaration } from '@jixiao/domain';
import type ExcelJS from 'exceljs';
import { formatsMessage as m } from '../messages';
import type { Grid } from '../sheet-reader/grid';
import { DECLARATION_DATA_SHEET } from './layout';

/**
 * The hidden data sheet of a 申报表 jixiao wrote: what the visible form has no cell for (ids, library
 * entries, 设定依据说明, adjustments, codes, notes), worked out by reading the written form back. On
 * reading, the visible cells win and the data only fills fields the form does not show, so an edit
 * made in Excel is never undone by it. JSON in text cells, cut into pieces below Excel's cell limit.
 */

const CHUNK = 30_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What `original` has that `written` lacks (arrays element by element, keeping each element's name). */
export function missingFrom(original: unknown, written: unknown): unknown {
  if (Array.isArray(original)) {
    const other = Array.isArray(written) ? written : [];
    const items = original.map((item, i) => {
      const diff = missingFrom(item, other[i]);
      const name = isObject(item) && typeof item.name === 'string' ? { name: item.name } : {};
      return isObject(diff) ? { ...name, ...diff } : (diff ?? name);
    });
    return items.some((d) => isObject(d) && Object.keys(d).some((k) => k !== 'name')) ? items : undefined;
  }
  if (isObject(original)) {
    const other = isObject(written) ? written : {};
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(original)) {
      if (other[key] === undefined) out[key] = value;
      else if (typeof value === 'object' && value !== null) {
        const diff = missingFrom(value, other[key]);
        if (diff !== undefined) out[key] = diff;
      }
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

/** `visible` completed by `extra`: fields it lacks are taken; list items are matched by place and name. */
export function fillFrom(visible: unknown, extra: unknown): unknown {
  if (Array.isArray(visible) && Array.isArray(extra)) {
    return visible.map((item, i) => {
      const name = isObject(item) ? item.name : undefined;
      const same = extra[i];
      const match =
        isObject(same) && (same.name === undefined || same.name === name)
          ? same
          : extra.find((e) => isObject(e) && e.name !== undefined && e.name === name);
      return match === undefined ? item : fillFrom(item, match);
    });
  }
  if (isObject(visible) && isObject(extra)) {
    const out: Record<string, unknown> = { ...visible };
    for (const [key, value] of Object.entries(extra)) {
      out[key] = out[key] === undefined ? value : fillFrom(out[key], value);
    }
    return out;
  }
  return visible;
}

export async function addDeclarationData(
  wb: ExcelJS.Workbook,
  declaration: TargetDeclaration,
  written: TargetDeclaration,
): Promise<void> {
  const extra = missingFrom(declaration, written);
  if (extra === undefined) return;
  const text = JSON.stringify(extra);
  const sheet = wb.addWorksheet(DECLARATION_DATA_SHEET, { state: 'veryHidden' });
  for (let i = 0; i < text.length; i += CHUNK) {
    sheet.addRow([text.slice(i, i + CHUNK)]).getCell(1).numFmt = '@';
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** The data sheet's fields, or undefined when the workbook has none; a damaged one is refused. */
export function readDeclarationData(grids: readonly Grid[]): Record<string, unknown> | undefined {
  const grid = grids.find((g) => g.sheet === DECLARATION_DATA_SHEET);
  if (!grid) return undefined;
  const text = grid.rows.map((row) => row[0]?.text ?? '').join('');
  try {
    const data: unknown = JSON.parse(text);
    if (isObject(data)) return data;
  } catch {
    // fall through to the located error
  }
  throw new JixiaoError('INVALID_INPUT', m('targets.dataDamaged'), [
    { message: m('targets.dataDamaged'), location: { file: grid.file, sheet: DECLARATION_DATA_SHEET } },
  ]);
}
