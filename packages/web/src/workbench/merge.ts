import { formatPath, type PathSegment } from '../lib/json-path';
import { sameContent } from './diff';

/**
 * Three-way merge of a save conflict (409): `base` is the version this tab loaded or last saved, `mine`
 * this tab's current content, `theirs` what the server holds now. A field changed by one side only takes
 * that side's value; a field both sides changed to different values is a conflict, settled by `choose`
 * (mine unless it says otherwise). Objects merge key by key; indicator rows (anything with an `id`) merge
 * row by row by id, wherever the rows moved; other lists merge item by item while all three have the same
 * length, and otherwise as one value. "Changed" ignores row ids and empty strings, as `sameContent` does.
 */
export interface MergeConflict {
  /** Stable name of the conflicting place (rows by id: "indicators#r3.weight"), for `choose`. */
  key: string;
  /** Where it is in the merged result (or, for a row one side deleted, in the side that kept it). */
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export type MergeSide = 'mine' | 'theirs';

export interface MergeResult<T> {
  merged: T;
  /** Every place both sides changed differently, whatever `choose` answered for it. */
  conflicts: MergeConflict[];
}

type Choose = (key: string) => MergeSide;
type Rec = Record<string, unknown>;
interface Ctx {
  choose: Choose;
  conflicts: MergeConflict[];
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const rowId = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.id === 'string' && v.id !== '' ? v.id : undefined;
/** A list of rows with ids (undefined counts as an empty list). */
const isRowList = (v: unknown): v is Rec[] | undefined =>
  v === undefined || (Array.isArray(v) && v.every((r) => rowId(r) !== undefined));

export function merge3<T>(base: T, mine: T, theirs: T, choose: Choose = () => 'mine'): MergeResult<T> {
  const ctx: Ctx = { choose, conflicts: [] };
  const merged = mergeValue(base, mine, theirs, [], '', ctx) as T;
  return { merged, conflicts: ctx.conflicts };
}

function conflict(b: unknown, m: unknown, t: unknown, path: PathSegment[], key: string, ctx: Ctx): unknown {
  ctx.conflicts.push({ key, path: formatPath(path), base: b, mine: m, theirs: t });
  return ctx.choose(key) === 'theirs' ? t : m;
}

const childKey = (key: string, seg: PathSegment) =>
  typeof seg === 'number' ? `${key}[${seg}]` : key ? `${key}.${seg}` : seg;

function mergeValue(b: unknown, m: unknown, t: unknown, path: PathSegment[], key: string, ctx: Ctx): unknown {
  if (sameContent(m, t)) return m;
  if (sameContent(b, m)) return t;
  if (sameContent(b, t)) return m;
  const objects = [b, m, t].every((v) => v === undefined || isRecord(v));
  if (objects && (isRecord(m) || isRecord(t))) return mergeObject(b, m, t, path, key, ctx);
  if ((Array.isArray(m) || Array.isArray(t)) && isRowList(b) && isRowList(m) && isRowList(t))
    return mergeRows(b ?? [], m ?? [], t ?? [], path, key, ctx);
  if (
    Array.isArray(b) &&
    Array.isArray(m) &&
    Array.isArray(t) &&
    b.length === m.length &&
    m.length === t.length
  )
    return b.map((_, i) => mergeValue(b[i], m[i], t[i], [...path, i], childKey(key, i), ctx));
  return conflict(b, m, t, path, key, ctx);
}

function mergeObject(b: unknown, m: unknown, t: unknown, path: PathSegment[], key: string, ctx: Ctx): Rec {
  const [bo, mo, to] = [b, m, t].map((v) => (isRecord(v) ? v : {})) as [Rec, Rec, Rec];
  const out: Rec = {};
  for (const k of new Set([...Object.keys(mo), ...Object.keys(to), ...Object.keys(bo)])) {
    const v = mergeValue(bo[k], mo[k], to[k], [...path, k], childKey(key, k), ctx);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Rows by id. A row one side deleted and the other left alone goes; deleted by one and edited by the
 * other is a conflict about the whole row. Order: the side that moved rows (else mine), with the other
 * side's new rows placed after the row they follow there.
 */
function mergeRows(b: Rec[], m: Rec[], t: Rec[], path: PathSegment[], key: string, ctx: Ctx): Rec[] {
  const byId = (rows: Rec[]) => new Map(rows.map((r) => [rowId(r) as string, r]));
  const [bm, mm, tm] = [byId(b), byId(m), byId(t)];
  const kept = new Set<string>();
  /** Rows one side deleted and the other edited, as the conflict was settled (kept whole). */
  const settled = new Map<string, unknown>();
  const ids = [...new Set([...mm.keys(), ...tm.keys(), ...bm.keys()])];
  for (const id of ids) {
    const [br, mr, tr] = [bm.get(id), mm.get(id), tm.get(id)];
    if (mr && tr) kept.add(id);
    else if (!br) kept.add(id);
    else if (mr || tr) {
      const changed = mr ?? tr;
      if (sameContent(br, changed)) continue;
      const at = mr ? m.indexOf(mr) : t.indexOf(tr as Rec);
      const chosen = conflict(br, mr, tr, [...path, at], `${key}#${id}`, ctx);
      if (chosen) {
        kept.add(id);
        settled.set(id, chosen);
      }
    }
  }
  const common = (rows: Rec[]) => rows.map((r) => rowId(r) as string).filter((id) => bm.has(id));
  const theirsMoved = common(t).join('\n') !== common(b).join('\n');
  const mineMoved = common(m).join('\n') !== common(b).join('\n');
  const [first, second] = theirsMoved && !mineMoved ? [t, m] : [m, t];
  const order = first.map((r) => rowId(r) as string).filter((id) => kept.has(id));
  second.forEach((r, i) => {
    const id = rowId(r) as string;
    if (!kept.has(id) || order.includes(id)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const before = order.indexOf(rowId(second[j]) as string);
      if (before >= 0) {
        at = before + 1;
        break;
      }
    }
    order.splice(at, 0, id);
  });
  return order.map((id, i) =>
    settled.has(id)
      ? settled.get(id)
      : mergeValue(bm.get(id), mm.get(id), tm.get(id), [...path, i], `${key}#${id}`, ctx),
  ) as Rec[];
}
