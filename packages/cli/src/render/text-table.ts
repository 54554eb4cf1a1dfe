/**
 * Plain-text tables that line up in a terminal with Chinese text: CJK characters and full-width
 * punctuation take two columns. Numbers are right-aligned.
 */

// The subpath, not the package: `jixiao --version` and `--help` reach this file and must not load the
// whole domain (zod schemas and all) to measure a column.
import { displayWidth } from '@jixiao/domain/display-width';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

// The one measure of printed width lives in the domain (the report measures its tables by it too).
export { displayWidth };

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
