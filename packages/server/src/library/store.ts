import { BUILTIN_INDICATOR_LIBRARY, type IndicatorLibraryEntry } from '@jixiao/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { indicatorLibraryEntries } from '../db/schema';

/**
 * The library as the server serves it: the builtin library (shipped in the domain) as the base, the rows
 * of `indicator_library_entries` over it. A stored row with a builtin id replaces that builtin entry; a
 * builtin entry nobody changed has no row and stands at version 1, so the first change of it stores
 * version 2 and a later editor holding version 1 gets a 409 like any other stale edit.
 */
export interface LibraryItem {
  entry: IndicatorLibraryEntry;
  builtin: boolean;
  version: number;
  createdAt: Date | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The version a builtin entry without a stored row stands at. */
export const BUILTIN_VERSION = 1;

const BUILTIN_BY_ID = new Map(BUILTIN_INDICATOR_LIBRARY.map((e) => [e.id, e]));

export function isBuiltinLibraryId(id: string): boolean {
  return BUILTIN_BY_ID.has(id);
}

type Row = typeof indicatorLibraryEntries.$inferSelect;

function fromRow(row: Row): LibraryItem {
  const { retired: _stored, ...content } = row.content;
  return {
    entry: row.retired ? { ...content, retired: true } : content,
    builtin: BUILTIN_BY_ID.has(row.id),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

function fromBuiltin(entry: IndicatorLibraryEntry): LibraryItem {
  return {
    entry,
    builtin: true,
    version: BUILTIN_VERSION,
    createdAt: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/** Every entry: builtin ones in their order (stored changes in place), then the added ones by name. */
export async function libraryItems(db: DbOrTx): Promise<LibraryItem[]> {
  const rows = await db.select().from(indicatorLibraryEntries);
  const stored = new Map(rows.map((r) => [r.id, r]));
  const builtin = BUILTIN_INDICATOR_LIBRARY.map((e) => {
    const row = stored.get(e.id);
    return row ? fromRow(row) : fromBuiltin(e);
  });
  const added = rows
    .filter((r) => !BUILTIN_BY_ID.has(r.id))
    .map(fromRow)
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'zh') || a.entry.id.localeCompare(b.entry.id));
  return [...builtin, ...added];
}

/** One entry, or undefined when the id is neither stored nor builtin. */
export async function libraryItem(db: DbOrTx, id: string): Promise<LibraryItem | undefined> {
  const [row] = await db.select().from(indicatorLibraryEntries).where(eq(indicatorLibraryEntries.id, id));
  if (row) return fromRow(row);
  const builtin = BUILTIN_BY_ID.get(id);
  return builtin ? fromBuiltin(builtin) : undefined;
}

/**
 * Stores `entry` over the item read as `before` if it still stands at `version`: an update of its row, or
 * the first row of a builtin entry. Undefined when someone else changed it first (the caller answers 409).
 */
export async function storeOver(
  tx: DbOrTx,
  before: LibraryItem,
  version: number,
  entry: IndicatorLibraryEntry,
  userId: string,
): Promise<LibraryItem | undefined> {
  const { retired, ...content } = entry;
  if (before.createdAt === null) {
    if (version !== BUILTIN_VERSION) return undefined;
    const [row] = await tx
      .insert(indicatorLibraryEntries)
      .values({
        id: entry.id,
        content,
        retired: retired === true,
        version: BUILTIN_VERSION + 1,
        updatedBy: userId,
      })
      .onConflictDoNothing()
      .returning();
    return row ? fromRow(row) : undefined;
  }
  const [row] = await tx
    .update(indicatorLibraryEntries)
    .set({
      content,
      retired: retired === true,
      version: sql`${indicatorLibraryEntries.version} + 1`,
      updatedAt: new Date(),
      updatedBy: userId,
    })
    .where(and(eq(indicatorLibraryEntries.id, entry.id), eq(indicatorLibraryEntries.version, version)))
    .returning();
  return row ? fromRow(row) : undefined;
}

/** A new entry's row; undefined when the id is taken (stored or builtin). */
export async function storeNew(
  tx: DbOrTx,
  entry: IndicatorLibraryEntry,
  userId: string,
): Promise<LibraryItem | undefined> {
  if (BUILTIN_BY_ID.has(entry.id)) return undefined;
  const { retired, ...content } = entry;
  const [row] = await tx
    .insert(indicatorLibraryEntries)
    .values({ id: entry.id, content, retired: retired === true, updatedBy: userId })
    .onConflictDoNothing()
    .returning();
  return row ? fromRow(row) : undefined;
}
