import { COMPARATOR_LABEL, type IndicatorLibraryEntry, type Lang, LIBRARY_CATEGORIES } from '@jixiao/domain';
import type { LibraryItem } from './library-api';

/** The entry alone, without what the server adds (version, builtin, timestamps): what a declaration takes. */
export function entryOf(item: LibraryItem): IndicatorLibraryEntry {
  const { builtin: _b, version: _v, updatedAt: _u, updatedBy: _by, ...entry } = item;
  return entry;
}

/** "≥ 次", "定性", "= %": the comparator and the unit as the target column shows them. */
export function targetHint(
  entry: Pick<IndicatorLibraryEntry, 'comparator' | 'unit'>,
  qualitative: string,
): string {
  if (!entry.comparator || entry.comparator === 'qualitative') return qualitative;
  return [COMPARATOR_LABEL[entry.comparator], entry.unit].filter(Boolean).join(' ');
}

/** The category labels in the language shown. */
export function categoryText(entry: Pick<IndicatorLibraryEntry, 'categories'>, lang: Lang): string {
  return entry.categories.map((c) => LIBRARY_CATEGORIES[c][lang]).join(lang === 'zh' ? '、' : ', ');
}
