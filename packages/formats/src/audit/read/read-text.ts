import { type AuditDocument, numberBlocks } from '../document';
import { normaliseText } from '../normalise';

type RawBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/**
 * Plain text and Markdown. Tables come in two shapes in real exports:
 * - Markdown pipe tables ("| 指标名称 | 权重 |");
 * - the shape Word's "save as text" gives: every cell on its own line starting with a tab, rows separated
 *   by a blank line (seed 004's 表 1).
 * Everything else is one paragraph per non-empty line; Markdown heading marks and emphasis are dropped.
 */
export function readText(content: string, format: 'txt' | 'md' = 'txt', file?: string): AuditDocument {
  const lines = normaliseText(content).split('\n');
  const raw: RawBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isPipeRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isPipeRow(lines[i] ?? '')) {
        const cells = splitPipeRow(lines[i] ?? '');
        if (!cells.every((c) => /^:?-{2,}:?$/.test(c))) rows.push(cells);
        i += 1;
      }
      raw.push({ kind: 'table', rows });
      continue;
    }
    if (isTabCell(line)) {
      const rows: string[][] = [];
      let row: string[] = [];
      while (i < lines.length) {
        const l = lines[i] ?? '';
        if (isTabCell(l)) {
          row.push(cleanInline(l.trim()));
        } else if (l.trim() === '') {
          // A blank line ends a row; two blank lines or a non-cell line end the table.
          if (row.length > 0) rows.push(row);
          row = [];
          if (!isTabCell(lines[i + 1] ?? '')) break;
        } else break;
        i += 1;
      }
      if (row.length > 0) rows.push(row);
      if (rows.length >= 2 && rows.some((r) => r.length >= 2)) raw.push({ kind: 'table', rows });
      else for (const r of rows) raw.push({ kind: 'paragraph', text: r.join(' ') });
      continue;
    }
    const text = cleanInline(format === 'md' ? line.replace(/^\s{0,3}#{1,6}\s+/, '') : line).trim();
    if (text !== '') raw.push({ kind: 'paragraph', text });
    i += 1;
  }
  return { format, blocks: numberBlocks(raw), ...(file !== undefined ? { file } : {}) };
}

function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.endsWith('|') && t.length > 2;
}

function splitPipeRow(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((c) => cleanInline(c.trim()));
}

function isTabCell(line: string): boolean {
  return /^\t\s*\S/.test(line);
}

/** Markdown emphasis and escapes carry no meaning for the figures. */
function cleanInline(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
