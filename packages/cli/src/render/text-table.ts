/**
 * Plain-text tables that line up in a terminal with Chinese text: CJK characters and full-width
 * punctuation take two columns. Numbers are right-aligned.
 */

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

// East Asian Wide and Full-width ranges (Unicode 15, the parts that occur in budget documents).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function pad(text: string, width: number, align: Align = 'left'): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
}

/** Renders rows under a header and a rule line; every line is indented by `indent` spaces. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  indent = 2,
): string {
  const widths = columns.map((col, i) =>
    Math.max(displayWidth(col.header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    ' '.repeat(indent) +
    columns
      .map((col, i) => pad(cells[i] ?? '', widths[i] ?? 0, col.align))
      .join('  ')
      .trimEnd();
  const rule = ' '.repeat(indent) + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}
