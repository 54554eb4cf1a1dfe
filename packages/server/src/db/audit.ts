import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from './connect';
import { auditLog } from './schema';

export interface AuditEntry {
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /**
   * Top-level keys of before/after stored whole even when unchanged, for readers that need the context of
   * a change (the history shows the status a save was made in).
   */
  keep?: readonly string[];
}

/** Changed paths ("data/funds/0/amount") with their values: a key only in `before` was removed, only in `after` added. */
export interface Changes {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Path segments joined by "/", with "~" and "/" escaped as in JSON Pointer so every path reads back. */
const segment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function child(v: unknown, key: string): unknown {
  if (Array.isArray(v)) return v[Number(key)];
  return isRecord(v) ? v[key] : undefined;
}

/** Both sides are plain JSON here (see changesOf), so every leaf is a primitive compared with ===. */
function walk(a: unknown, b: unknown, path: string, into: Changes): void {
  if (a === b) return;
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  if (bothArrays || (isRecord(a) && isRecord(b))) {
    const keys = bothArrays
      ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => String(i))
      : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) walk(child(a, k), child(b, k), path ? `${path}/${segment(k)}` : segment(k), into);
    return;
  }
  if (a !== undefined) into.before[path] = a;
  if (b !== undefined) into.after[path] = b;
}

/** The value as jsonb will hold it (dates as strings, undefined keys gone), so equal values compare equal. */
const asJson = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

/**
 * What changed between two JSON values, down to the leaves: saving one figure of a 9 MB evaluation stores
 * that figure twice, not the document twice. Arrays compare by index (a row inserted at the top shows as
 * every later row changed, still bounded by the rows themselves).
 */
export function changesOf(before: unknown, after: unknown): Changes {
  const into: Changes = { before: {}, after: {} };
  walk(asJson(before), asJson(after), '', into);
  return into;
}

/** The two jsonb values of one line: whole values for a create or a delete, the changes for an update. */
function stored(entry: AuditEntry): { before: unknown; after: unknown } {
  if (entry.before === undefined || entry.after === undefined) {
    return { before: entry.before ?? null, after: entry.after ?? null };
  }
  const changes = changesOf(entry.before, entry.after);
  for (const key of entry.keep ?? []) {
    if (isRecord(entry.before) && entry.before[key] !== undefined) changes.before[key] = entry.before[key];
    if (isRecord(entry.after) && entry.after[key] !== undefined) changes.after[key] = entry.after[key];
  }
  return changes;
}

/** Appends one line to the audit log, in the same transaction as the change it records. */
export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await auditAll(db, [entry]);
}

/**
 * Appends several lines in one statement (a bulk import's rows), in the transaction of the change. The
 * lines travel as one JSON parameter that PostgreSQL unpacks (jsonb_to_recordset): a multi-row VALUES
 * would bind six parameters per line, and building those costs the import and the re-scoring more than
 * the database spends storing them. A JSON null (no before, no after) arrives as SQL NULL, as before.
 */
export async function auditAll(db: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.execute(auditInsert(entries));
}

/**
 * The INSERT of auditAll, for a caller that runs it together with another statement (a data-modifying WITH:
 * `with logged as (…) select …`), saving a round trip in the transaction of the change.
 */
export function auditInsert(entries: AuditEntry[]): SQL {
  const lines = entries.map((entry) => ({
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    ...stored(entry),
  }));
  return sql`
    insert into ${auditLog} (user_id, action, entity, entity_id, before, after)
    select user_id, action, entity, entity_id, before, after
    from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
      as l(user_id uuid, action text, entity text, entity_id text, before jsonb, after jsonb)`;
}
