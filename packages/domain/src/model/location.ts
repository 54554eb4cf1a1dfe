import type { Lang, Localized } from '../i18n/localized';
import { domainMessage } from '../messages';

/**
 * Where a figure or a problem is: a path into the evaluation ("indicators[3].score"), a Chinese label a
 * person recognises ("绩效指标「企业满意度」得分"), and, when read from a file, the file/sheet/row/column.
 */
export interface Location {
  path: string;
  label: string;
  file?: string;
  sheet?: string;
  /** 1-based row as Excel shows it. */
  row?: number;
  /** Column letter as Excel shows it ("D"). */
  column?: string;
  /** Quoted source text (audits of reports written elsewhere). */
  quote?: string;
}

type Described = Omit<Location, 'path' | 'label'> & { label?: string | Localized };

/** "文件「a.xlsx」，工作表「自评表」，第 4 行，C 列，…" / `file "a.xlsx", sheet "自评表", row 4, column C, …`. */
export function describeLocation(loc: Described, lang: Lang = 'zh'): string {
  const parts: string[] = [];
  if (loc.file) parts.push(domainMessage('where.file', { file: loc.file }).text[lang]);
  if (loc.sheet) parts.push(domainMessage('where.sheet', { sheet: loc.sheet }).text[lang]);
  if (loc.row !== undefined) parts.push(domainMessage('where.row', { row: loc.row }).text[lang]);
  if (loc.column) parts.push(domainMessage('where.column', { column: loc.column }).text[lang]);
  const label = typeof loc.label === 'string' ? loc.label : loc.label?.[lang];
  if (label) parts.push(label);
  return parts.join(domainMessage('where.separator').text[lang]);
}
