/**
 * A report read from any format, as the audit sees it: paragraphs and tables in document order, each
 * knowing where it came from so that every extracted figure can quote its source.
 */

export type AuditFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'csv';

export interface ParagraphBlock {
  kind: 'paragraph';
  /** 1-based paragraph number among the document's paragraphs. */
  index: number;
  text: string;
  page?: number;
}

export interface TableBlock {
  kind: 'table';
  /** 1-based table number. */
  index: number;
  /** Cell texts by row; a merged cell repeats its text in every grid position it covers. */
  rows: string[][];
  page?: number;
}

export type DocBlock = ParagraphBlock | TableBlock;

export interface AuditDocument {
  file?: string;
  format: AuditFormat;
  blocks: DocBlock[];
}

/** Where a quoted piece of text is. Row and cell are 1-based. */
export interface SourceRef {
  paragraph?: number;
  table?: number;
  row?: number;
  cell?: number;
  page?: number;
}

/** The text a figure or finding rests on, and where it is. */
export interface Evidence {
  quote: string;
  source: SourceRef;
}

export function describeSource(s: SourceRef): string {
  const parts: string[] = [];
  if (s.page !== undefined) parts.push(`第 ${s.page} 页`);
  if (s.paragraph !== undefined) parts.push(`第 ${s.paragraph} 段`);
  if (s.table !== undefined) {
    parts.push(`表 ${s.table}`);
    if (s.row !== undefined) parts.push(`第 ${s.row} 行`);
    if (s.cell !== undefined) parts.push(`第 ${s.cell} 列`);
  }
  return parts.join('，');
}

export function describeSourceEn(s: SourceRef): string {
  const parts: string[] = [];
  if (s.page !== undefined) parts.push(`page ${s.page}`);
  if (s.paragraph !== undefined) parts.push(`paragraph ${s.paragraph}`);
  if (s.table !== undefined) {
    parts.push(`table ${s.table}`);
    if (s.row !== undefined) parts.push(`row ${s.row}`);
    if (s.cell !== undefined) parts.push(`cell ${s.cell}`);
  }
  return parts.join(', ');
}

/** Builds a document from raw blocks, numbering paragraphs and tables in order. */
export function numberBlocks(
  raw: ReadonlyArray<
    { kind: 'paragraph'; text: string; page?: number } | { kind: 'table'; rows: string[][]; page?: number }
  >,
): DocBlock[] {
  let p = 0;
  let t = 0;
  const out: DocBlock[] = [];
  for (const b of raw) {
    if (b.kind === 'paragraph') {
      if (b.text.trim() === '') continue;
      p += 1;
      out.push({
        kind: 'paragraph',
        index: p,
        text: b.text,
        ...(b.page !== undefined ? { page: b.page } : {}),
      });
    } else {
      if (b.rows.length === 0) continue;
      t += 1;
      out.push({ kind: 'table', index: t, rows: b.rows, ...(b.page !== undefined ? { page: b.page } : {}) });
    }
  }
  return out;
}
