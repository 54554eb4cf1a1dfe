import type { Localized } from '../i18n/localized';

/**
 * The kinds of spending the indicator library sorts its entries by (项目类别). A declaration's
 * `project.category` holds one of these keys; the picker offers that category's entries first.
 * `general` (通用) entries fit any project: they are offered with every category.
 */
export const LIBRARY_CATEGORIES = {
  popularScience: { zh: '科普', en: 'Popular science' },
  sciTech: { zh: '科技项目', en: 'Science and technology projects' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生', en: 'Health' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  infrastructure: { zh: '基建', en: 'Infrastructure' },
  staffAndOperations: { zh: '人员和公用', en: 'Staff and operating costs' },
  culture: { zh: '文化', en: 'Culture' },
  socialSecurity: { zh: '社会保障', en: 'Social security' },
  general: { zh: '通用', en: 'General' },
} as const satisfies Record<string, Localized>;

export type LibraryCategory = keyof typeof LIBRARY_CATEGORIES;
export const LIBRARY_CATEGORY_KEYS = Object.keys(LIBRARY_CATEGORIES) as [
  LibraryCategory,
  ...LibraryCategory[],
];
/** The category offered with every other one. */
export const GENERAL_CATEGORY: LibraryCategory = 'general';

export function isLibraryCategory(key: string): key is LibraryCategory {
  return Object.hasOwn(LIBRARY_CATEGORIES, key);
}

/** A category named by its key or by its Chinese or English label ("科普", "popular science"). */
export function libraryCategoryOf(text: string): LibraryCategory | undefined {
  const wanted = text.trim().toLowerCase();
  return LIBRARY_CATEGORY_KEYS.find(
    (key) =>
      key.toLowerCase() === wanted ||
      LIBRARY_CATEGORIES[key].zh === text.trim() ||
      LIBRARY_CATEGORIES[key].en.toLowerCase() === wanted,
  );
}
