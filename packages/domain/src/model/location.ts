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

export function describeLocation(loc: Omit<Location, 'path' | 'label'> & { label?: string }): string {
  const parts: string[] = [];
  if (loc.file) parts.push(`文件「${loc.file}」`);
  if (loc.sheet) parts.push(`工作表「${loc.sheet}」`);
  if (loc.row !== undefined) parts.push(`第 ${loc.row} 行`);
  if (loc.column) parts.push(`${loc.column} 列`);
  if (loc.label) parts.push(loc.label);
  return parts.join('，');
}
