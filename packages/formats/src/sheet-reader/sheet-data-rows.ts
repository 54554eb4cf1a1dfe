import { JixiaoError, type Localized } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import type { Grid } from './grid';
import {
  type DataEntry,
  type IndicatorAnchor,
  type Json,
  parsePath,
  pathText,
  type Segment,
  SHEET_DATA_FORMAT,
  SHEET_DATA_VERSION,
  type SheetData,
} from './sheet-data';
import { SheetIssues } from './sheet-issues';

/**
 * The data sheet's rows: 键 | 值 | 依据 | 写入时依据的值. Values are JSON (an empty 值 removes the field, an
 * empty 写入时依据的值 means the guard field was absent); 依据 is left empty when it is the field itself.
 * A JSON text longer than one cell holds continues in the rows below, whose 键 is empty.
 */
export const DATA_HEADER = ['键', '值', '依据', '写入时依据的值'] as const;
const CHUNK = 30_000;
const ANCHOR = /^@indicators\[(\d+)\]$/;

type Row = [string, string, string, string];

export function sheetDataRows(data: SheetData): string[][] {
  const rows: Row[] = [
    ['@format', JSON.stringify(SHEET_DATA_FORMAT), '', ''],
    ['@schemaVersion', JSON.stringify(SHEET_DATA_VERSION), '', ''],
    ['@sheet', JSON.stringify(data.sheet), '', ''],
  ];
  for (const [i, anchor] of data.anchors) rows.push([`@indicators[${i}]`, JSON.stringify(anchor), '', '']);
  for (const e of data.entries) {
    const key = pathText(e.path);
    const guard = pathText(e.guard);
    rows.push([
      key,
      e.value === undefined ? '' : JSON.stringify(e.value),
      guard === key ? '' : guard,
      e.written === undefined ? '' : JSON.stringify(e.written),
    ]);
  }
  return [[...DATA_HEADER], ...rows.flatMap(split)];
}

/** A row whose texts pass the cell limit, as that row and continuation rows. */
function split(row: Row): Row[] {
  const [key, value, guard, written] = row;
  const out: Row[] = [];
  for (let at = 0; at === 0 || at < Math.max(value.length, written.length); at += CHUNK) {
    out.push([
      at === 0 ? key : '',
      value.slice(at, at + CHUNK),
      at === 0 ? guard : '',
      written.slice(at, at + CHUNK),
    ]);
  }
  return out;
}

interface Raw {
  row: number;
  key: string;
  value: string;
  guard: string;
  written: string;
}

const COLUMN_LABEL: Record<'value' | 'written' | 'guard' | 'key', Localized> = {
  key: { zh: '键', en: 'key' },
  value: { zh: '值', en: 'value' },
  guard: { zh: '依据', en: 'guard' },
  written: { zh: '写入时依据的值', en: 'guard value as written' },
};
const COLUMN_INDEX = { key: 0, value: 1, guard: 2, written: 3 } as const;

/** The data sheet read back; all-or-nothing, every bad cell named by sheet, row and column. */
export function readSheetData(grid: Grid): SheetData {
  const issues = new SheetIssues(grid);
  const raws = joinContinuations(grid);
  const bad = (raw: Raw, column: keyof typeof COLUMN_INDEX, message: ReturnType<typeof m>) =>
    issues.at({ row: raw.row, col: COLUMN_INDEX[column] }, COLUMN_LABEL[column], message);
  const json = (raw: Raw, column: 'value' | 'written'): Json | undefined => {
    const text = raw[column];
    if (text.trim() === '') return undefined;
    if (nesting(text) > MAX_DEPTH) {
      bad(raw, column, m('sheetData.tooDeep', { max: MAX_DEPTH }));
      return undefined;
    }
    try {
      return JSON.parse(text) satisfies Json;
    } catch {
      bad(raw, column, m('sheetData.badJson'));
      return undefined;
    }
  };
  const meta = new Map(raws.filter((r) => r.key.startsWith('@')).map((r) => [r.key, r]));
  const format = meta.get('@format');
  if (!format || json(format, 'value') !== SHEET_DATA_FORMAT) {
    issues.at(
      { row: format?.row ?? 0, col: 0 },
      COLUMN_LABEL.key,
      m('sheetData.notOurs', { format: SHEET_DATA_FORMAT }),
    );
    throw dataError(grid, issues);
  }
  const versionRow = meta.get('@schemaVersion');
  const version = versionRow && json(versionRow, 'value');
  if (typeof version !== 'number' || version > SHEET_DATA_VERSION || version < 1) {
    issues.at(
      { row: versionRow?.row ?? 0, col: COLUMN_INDEX.value },
      COLUMN_LABEL.value,
      m('sheetData.version', { version: String(version ?? ''), supported: SHEET_DATA_VERSION }),
    );
  }
  const sheetRow = meta.get('@sheet');
  const sheet = sheetRow ? json(sheetRow, 'value') : undefined;
  const data: SheetData = { sheet: typeof sheet === 'string' ? sheet : '', anchors: new Map(), entries: [] };
  for (const raw of raws) {
    const anchor = ANCHOR.exec(raw.key);
    if (anchor?.[1]) {
      const value = json(raw, 'value');
      if (isAnchor(value)) data.anchors.set(Number(anchor[1]), value);
      else if (value !== undefined) bad(raw, 'value', m('sheetData.badAnchor'));
      continue;
    }
    if (raw.key.startsWith('@')) continue;
    const path = shallow(parsePath(raw.key));
    const guard = raw.guard.trim() === '' ? path : shallow(parsePath(raw.guard.trim()));
    if (!path) bad(raw, 'key', m('sheetData.badPath', { path: raw.key }));
    else if (!guard) bad(raw, 'guard', m('sheetData.badPath', { path: raw.guard }));
    const value = json(raw, 'value');
    const written = json(raw, 'written');
    if (path && guard)
      data.entries.push({
        path,
        ...(value !== undefined ? { value } : {}),
        guard,
        ...(written !== undefined ? { written } : {}),
      } satisfies DataEntry);
  }
  if (!issues.empty) throw dataError(grid, issues);
  return data;
}

/**
 * An evaluation is a few levels deep; a value or path far deeper is not one jixiao wrote, and walking it
 * (JSON.stringify, the schema) could exhaust the stack. Both are refused before they are used.
 */
const MAX_DEPTH = 16;

function shallow(path: Segment[] | undefined): Segment[] | undefined {
  return path && path.length <= MAX_DEPTH ? path : undefined;
}

/** The deepest bracket nesting of a JSON text, brackets inside strings not counted. */
function nesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') max = Math.max(max, ++depth);
    else if (ch === ']' || ch === '}') depth--;
  }
  return max;
}

function isAnchor(v: Json | undefined): v is IndicatorAnchor & { [key: string]: Json } {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof v.level1 === 'string' &&
    typeof v.name === 'string' &&
    (v.level2 === undefined || typeof v.level2 === 'string')
  );
}

/** Rows below the header, each with its continuation rows joined on. */
function joinContinuations(grid: Grid): Raw[] {
  const out: Raw[] = [];
  const text = (r: number, c: number) => grid.rows[r]?.[c]?.text ?? '';
  for (let r = 1; r < grid.rows.length; r++) {
    const key = text(r, 0).trim();
    const last = out[out.length - 1];
    if (key === '' && last) {
      last.value += text(r, 1);
      last.written += text(r, 3);
    } else if (key !== '') {
      out.push({ row: r, key, value: text(r, 1), guard: text(r, 2), written: text(r, 3) });
    }
  }
  return out;
}

function dataError(grid: Grid, issues: SheetIssues): JixiaoError {
  return new JixiaoError(
    'INVALID_INPUT',
    m('sheet.unreadableSheetCount', { file: grid.file, sheet: grid.sheet ?? '', count: issues.list.length }),
    issues.list,
  );
}
