import type { Localized } from '../i18n/localized';
import type { IndicatorLibraryEntry } from './entry';

/**
 * What each field of a library entry is called on screen and in the library workbook (the column
 * headers a finance bureau reads: 一级指标, 二级指标, 指标名称 …). The reader of the workbook finds its
 * columns by these labels and the error messages name the field with them.
 */
export const LIBRARY_FIELD_LABEL = {
  id: { zh: '编号', en: 'Id' },
  level1: { zh: '一级指标', en: 'Level 1' },
  level2: { zh: '二级指标', en: 'Level 2' },
  name: { zh: '指标名称', en: 'Indicator' },
  categories: { zh: '适用类别', en: 'Categories' },
  comparator: { zh: '指标性质', en: 'Comparator' },
  unit: { zh: '度量单位', en: 'Unit' },
  basis: { zh: '设定依据', en: 'Value basis' },
  quantitative: { zh: '定量', en: 'Quantitative' },
  guidance: { zh: '填写说明', en: 'Guidance' },
  example: { zh: '示例', en: 'Example' },
  source: { zh: '来源', en: 'Source' },
  retired: { zh: '状态', en: 'Status' },
} as const satisfies Record<keyof IndicatorLibraryEntry, Localized>;

export type LibraryField = keyof typeof LIBRARY_FIELD_LABEL;
/** The fields in the order the workbook's columns and the forms show them. */
export const LIBRARY_FIELDS = Object.keys(LIBRARY_FIELD_LABEL) as [LibraryField, ...LibraryField[]];

/** The 状态 column's two words. */
export const LIBRARY_STATUS_LABEL = {
  active: { zh: '在用', en: 'In use' },
  retired: { zh: '停用', en: 'Retired' },
} as const satisfies Record<string, Localized>;
