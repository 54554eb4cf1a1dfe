import type { ReportBlock, ReportTableCell, ReportTableColumn } from '@jixiao/domain';
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { FONT, runFont } from './fonts';
import { INDENT_TWO_CHARS, SIZE, TEXT_WIDTH } from './gbt9704';
import { STYLE } from './styles';

/** Renders the format-neutral report blocks as Word paragraphs and tables. */

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

/** Scales relative widths to the text width exactly (the last column takes the rounding rest). */
export function columnWidths(columns: readonly ReportTableColumn[], total = TEXT_WIDTH): number[] {
  const sum = columns.reduce((a, c) => a + c.width, 0);
  const widths = columns.map((c) => Math.floor((c.width / sum) * total));
  const rest = total - widths.reduce((a, w) => a + w, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function cellParagraph(
  text: string,
  align: ReportTableCell['align'],
  size: number,
  font: string = FONT.body,
) {
  return new Paragraph({
    style: STYLE.tableText,
    alignment: ALIGN[align ?? 'center'],
    children: [new TextRun({ text, size, font: runFont(font) })],
  });
}

function table(block: Extract<ReportBlock, { type: 'table' }>): Table {
  const widths = columnWidths(block.columns);
  // Wide tables (the 自评表 annex) use 五号 so that eight columns fit the 156 mm text width.
  const size = block.columns.length > 5 ? SIZE.wuHao : SIZE.xiaoSi;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [cellParagraph(c.label, 'center', size, FONT.heading1)],
        }),
    ),
  });
  // Columns still covered by a cell merged down from a row above, per row: they are skipped when
  // giving widths (docx writes the continuation cells itself).
  const covered = block.rows.map(() => new Set<number>());
  const rows = block.rows.map((row, r) => {
    let col = 0;
    return new TableRow({
      cantSplit: true,
      children: row.map((cell) => {
        while (covered[r]?.has(col)) col++;
        const span = cell.colSpan ?? 1;
        const width = widths.slice(col, col + span).reduce((a, w) => a + w, 0);
        for (let below = 1; below < (cell.rowSpan ?? 1); below++) covered[r + below]?.add(col);
        col += span;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          rowSpan: cell.rowSpan !== undefined && cell.rowSpan > 1 ? cell.rowSpan : undefined,
          verticalAlign: VerticalAlign.CENTER,
          children: [cellParagraph(cell.text, cell.align, size)],
        });
      }),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

export function renderBlock(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], text: `${block.number}${block.text}` })];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, text: block.sentence.text })];
    case 'todo':
      return [new Paragraph({ style: STYLE.todo, text: block.text })];
    case 'table':
      return [
        ...(block.caption ? [new Paragraph({ style: STYLE.caption, text: block.caption })] : []),
        table(block),
      ];
    case 'attachmentNote':
      return attachmentNote(block.label, block.items);
    case 'signature':
      return signature(block.signer, block.date);
    case 'annex':
      return [
        new Paragraph({ style: STYLE.annexLabel, children: [new PageBreak(), new TextRun(block.label)] }),
        new Paragraph({ style: STYLE.title, text: block.title }),
      ];
  }
}

/**
 * 附件说明 (GB/T 9704-2012 §7.3.4): a blank line after the body, then "附件：" 左空二字; several
 * annexes are numbered "1. …", the later ones aligned under the first title.
 */
function attachmentNote(label: string, items: readonly string[]): Paragraph[] {
  const lines =
    items.length === 1
      ? [`${label}：${items[0]}`]
      : items.map((t, i) => `${i === 0 ? `${label}：` : '　'.repeat(label.length + 1)}${i + 1}. ${t}`);
  return [
    new Paragraph({ style: STYLE.body, text: '' }),
    ...lines.map((text) => new Paragraph({ style: STYLE.body, text })),
  ];
}

/**
 * 署名 and 成文日期 of a document without seal (§7.3.5.3): a blank line, the unit's name centred over
 * the date, the date 右空四字 (first line indent of the body style switched off).
 */
function signature(signer: string, date: string | undefined): Paragraph[] {
  const right = (text: string, chars: number) =>
    new Paragraph({
      style: STYLE.body,
      alignment: AlignmentType.RIGHT,
      indent: { firstLine: 0, right: (INDENT_TWO_CHARS / 2) * chars },
      text,
    });
  // The name is centred over the date: its right edge sits half the difference of lengths further in.
  const offset = date ? Math.max(0, Math.round((date.length - signer.length) / 2)) : 0;
  return [
    new Paragraph({ style: STYLE.body, text: '' }),
    right(signer, 4 + offset),
    ...(date ? [right(date, 4)] : []),
  ];
}
