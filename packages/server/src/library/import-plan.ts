import { type IndicatorLibraryEntry, indicatorLibraryEntryShape } from '@jixiao/domain';
import type { LibraryItem } from './store';

/** The fields in one order, so two entries compare by value whatever order their keys were written in. */
const FIELDS = indicatorLibraryEntryShape.keyof().options;

function canonical(entry: IndicatorLibraryEntry): string {
  return JSON.stringify(FIELDS.map((f) => entry[f] ?? null));
}

export function sameEntry(a: IndicatorLibraryEntry, b: IndicatorLibraryEntry): boolean {
  return canonical(a) === canonical(b);
}

export interface ImportPlan {
  added: IndicatorLibraryEntry[];
  changed: { before: LibraryItem; entry: IndicatorLibraryEntry }[];
  unchanged: IndicatorLibraryEntry[];
}

/**
 * What importing a workbook would do to the library: entries whose id is new are added, entries that
 * differ from the one with their id replace it, the rest are left as they are. An import never removes
 * an entry (retiring is done with the 状态 column), so a partial sheet is safe to import.
 */
export function planImport(
  current: readonly LibraryItem[],
  imported: readonly IndicatorLibraryEntry[],
): ImportPlan {
  const byId = new Map(current.map((item) => [item.entry.id, item]));
  const plan: ImportPlan = { added: [], changed: [], unchanged: [] };
  for (const entry of imported) {
    const before = byId.get(entry.id);
    if (!before) plan.added.push(entry);
    else if (sameEntry(before.entry, entry)) plan.unchanged.push(entry);
    else plan.changed.push({ before, entry });
  }
  return plan;
}
