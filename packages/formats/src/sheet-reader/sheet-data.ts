import type { Evaluation } from '@jixiao/domain';

/**
 * What a 自评表 jixiao writes carries beyond its visible cells, so that it reads back to the evaluation
 * it was written from: the rule set, the unit's code and region, the source document's stated figures,
 * the reasons of scores set by hand, income and spending, the narrative — everything the official form
 * has no cell for, or shows differently (the visible 总分 is the engine's, the stated one the unit's).
 *
 * It is kept as the difference between the evaluation and what the visible sheet reads back as, one
 * entry per field: the field's value (absent = the field is left out) and the visible field it stands
 * on ("guard") with that field's value as written. Reading applies an entry only while its guard still
 * reads as written: a visible cell a person has changed wins, and what was recorded behind it is
 * dropped (a hand-set score's reason goes with a changed 得分). Entries of an indicator follow the
 * indicator by its 一级/二级/三级 names, so rows inserted or moved in the sheet keep theirs.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Segment = string | number;
type JsonObject = { [key: string]: Json };

export interface DataEntry {
  path: Segment[];
  /** The value to set; undefined removes the field. */
  value?: Json;
  guard: Segment[];
  /** The guard field's value as the visible sheet read when written; undefined = absent. */
  written?: Json;
}

export interface IndicatorAnchor {
  level1: string;
  level2?: string;
  name: string;
}

export interface SheetData {
  /** The visible worksheet the data belongs to. */
  sheet: string;
  anchors: Map<number, IndicatorAnchor>;
  entries: DataEntry[];
}

export const SHEET_DATA_FORMAT = 'jixiao.sheet-data';
export const SHEET_DATA_VERSION = 1;
/** The worksheet's name: hidden and protected, so a reader of the form never meets it. */
export const DATA_SHEET_NAME = 'jixiao数据';

/** Fields never carried: where an evaluation was read from is the new file's business. */
const NOT_CARRIED = ['meta.source'];

export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) satisfies Json;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function pathText(path: readonly Segment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** "indicators[3].manualScore.reason" → ['indicators', 3, 'manualScore', 'reason']; undefined if malformed. */
export function parsePath(text: string): Segment[] | undefined {
  if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*|\[\d+\])*$/.test(text)) return undefined;
  return [...text.matchAll(/[A-Za-z_]\w*|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

export function getAt(root: Json | undefined, path: readonly Segment[]): Json | undefined {
  let at: Json | undefined = root;
  for (const s of path) {
    if (typeof s === 'number') at = Array.isArray(at) ? at[s] : undefined;
    else at = isObject(at) ? at[s] : undefined;
  }
  return at;
}

export function setAt(root: JsonObject, path: readonly Segment[], value: Json | undefined): void {
  let at: Json = root;
  for (const [i, s] of path.slice(0, -1).entries()) {
    const next = path[i + 1];
    const container: Json | undefined = getAt(at, [s]);
    const child = container !== undefined && typeof container === 'object' && container !== null;
    if (!child) putAt(at, s, typeof next === 'number' ? [] : {});
    at = getAt(at, [s]) ?? null;
  }
  const last = path[path.length - 1];
  if (last !== undefined) putAt(at, last, value);
}

function putAt(container: Json, key: Segment, value: Json | undefined): void {
  if (Array.isArray(container) && typeof key === 'number') {
    if (value === undefined) container.splice(key, 1);
    else container[key] = value;
  } else if (isObject(container) && typeof key === 'string') {
    if (value === undefined) delete container[key];
    else container[key] = value;
  }
}

export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The visible field a recorded field stands on: a hand-set score on the 得分 cell it is shown in. */
function guardOf(path: readonly Segment[]): Segment[] {
  if (path[0] === 'indicators' && path[2] === 'manualScore') return ['indicators', path[1] ?? 0, 'score'];
  if (path[0] === 'executionManualScore') return ['stated', 'executionScore'];
  return [...path];
}

function anchorOf(indicator: Json | undefined): IndicatorAnchor | undefined {
  if (!isObject(indicator)) return undefined;
  const text = (k: string) => (typeof indicator[k] === 'string' ? String(indicator[k]) : undefined);
  const level2 = text('level2');
  return {
    level1: text('level1') ?? '',
    ...(level2 !== undefined ? { level2 } : {}),
    name: text('name') ?? '',
  };
}

/** The entries that turn `written` (the visible sheet read back) into `source`. */
export function sheetDataOf(source: Evaluation, written: Evaluation, sheet: string): SheetData {
  const s = toJson(source);
  const w = toJson(written);
  const entries: DataEntry[] = [];
  const diff = (a: Json | undefined, b: Json | undefined, path: Segment[]) => {
    if (NOT_CARRIED.includes(pathText(path))) return;
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[key], b[key], [...path, key]);
    } else if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) diff(a[i], b[i], [...path, i]);
    } else if (!sameJson(a, b)) {
      const guard = guardOf(path);
      const was = getAt(w, guard);
      entries.push({
        path,
        ...(a !== undefined ? { value: a } : {}),
        guard,
        ...(was !== undefined ? { written: was } : {}),
      });
    }
  };
  diff(s, w, []);
  const anchors = new Map<number, IndicatorAnchor>();
  for (const e of entries) {
    const i = e.path[0] === 'indicators' ? e.path[1] : undefined;
    const anchor = typeof i === 'number' ? anchorOf(getAt(w, ['indicators', i])) : undefined;
    if (typeof i === 'number' && anchor) anchors.set(i, anchor);
  }
  return { sheet, anchors, entries };
}

/** Recorded indicator index → its index in the sheet as read now, matched by names (same place first). */
function indicatorMap(
  anchors: Map<number, IndicatorAnchor>,
  indicators: Json | undefined,
): Map<number, number> {
  const now = Array.isArray(indicators) ? indicators.map(anchorOf) : [];
  const used = new Set<number>();
  const out = new Map<number, number>();
  const same = (a: IndicatorAnchor | undefined, b: IndicatorAnchor) =>
    a !== undefined && sameJson(toJson(a), toJson(b));
  for (const [i, anchor] of [...anchors].sort(([a], [b]) => a - b)) {
    const j =
      same(now[i], anchor) && !used.has(i) ? i : now.findIndex((n, k) => !used.has(k) && same(n, anchor));
    if (j >= 0) {
      used.add(j);
      out.set(i, j);
    }
  }
  return out;
}

export interface AppliedData {
  input: JsonObject;
  /** Each applied entry's path as it now reads, to the entry (for locating a complaint about it). */
  applied: Map<string, DataEntry>;
}

/** The evaluation read from the visible cells with the recorded fields whose visible guards are unchanged. */
export function applySheetData(visible: Evaluation, data: SheetData): AppliedData {
  const input = toJson(visible);
  if (!isObject(input)) return { input: {}, applied: new Map() };
  const map = indicatorMap(data.anchors, input.indicators);
  const moved = (path: readonly Segment[]): Segment[] | undefined => {
    if (path[0] !== 'indicators' || typeof path[1] !== 'number') return [...path];
    const j = map.get(path[1]);
    return j === undefined ? undefined : ['indicators', j, ...path.slice(2)];
  };
  // Guards are judged on the sheet as read, before any entry changes it.
  const due: [Segment[], DataEntry][] = [];
  for (const entry of data.entries) {
    const path = moved(entry.path);
    const guard = moved(entry.guard);
    if (path && guard && sameJson(getAt(input, guard), entry.written)) due.push([path, entry]);
  }
  // Removals from the end of an array first, so that earlier indices stay where they were.
  due.sort(([a], [b]) => pathText(b).localeCompare(pathText(a), 'en', { numeric: true }));
  const applied = new Map<string, DataEntry>();
  for (const [path, entry] of due) {
    setAt(input, path, entry.value);
    applied.set(pathText(path), entry);
  }
  return { input, applied };
}
