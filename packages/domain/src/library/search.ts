import { normaliseWording } from '../wording/characters';
import { GENERAL_CATEGORY, type LibraryCategory } from './categories';
import type { IndicatorLibraryEntry } from './entry';

export interface LibraryQuery {
  /** Words looked for in the name, the 二级指标, the guidance and the id; every word must occur. */
  query?: string;
  /** Keep this category's entries and the 通用 ones; this category's come first. */
  category?: LibraryCategory;
  /** Keep entries under this 一级指标. */
  level1?: string;
  /** Retired entries are left out unless asked for. */
  includeRetired?: boolean;
}

/** Canonical form for matching: half-width, no spaces (the one wording normaliser), lower case. */
function canonical(text: string): string {
  return normaliseWording(text).toLowerCase();
}

/**
 * The entries that fit the query, best first: entries of the asked category before 通用 ones, then
 * those whose name holds the words before those that hold them only in the guidance; otherwise in the
 * library's order. Full-width and half-width characters and spaces inside a word do not matter
 * ("科普 活动" and "科普活动" find the same). Works on any rows that carry an entry's fields.
 */
export function searchLibrary<T extends IndicatorLibraryEntry>(
  entries: readonly T[],
  query: LibraryQuery = {},
): T[] {
  const words = (query.query ?? '').split(/\s+/).map(canonical).filter(Boolean);
  const ranked: { entry: T; rank: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    if (entry.retired && !query.includeRetired) return;
    if (query.level1 !== undefined && query.level1 !== '' && entry.level1 !== query.level1) return;
    let rank = 0;
    if (query.category) {
      const own = entry.categories.includes(query.category);
      if (!own && !entry.categories.includes(GENERAL_CATEGORY)) return;
      if (!own) rank += 2;
    }
    if (words.length > 0) {
      const name = canonical(entry.name);
      const rest = canonical(`${entry.level2} ${entry.guidance} ${entry.id} ${entry.unit ?? ''}`);
      if (!words.every((w) => name.includes(w) || rest.includes(w))) return;
      if (!words.every((w) => name.includes(w))) rank += 1;
    }
    ranked.push({ entry, rank, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.entry);
}
