import type { ReportBlock, ReportTableCell } from '@jixiao/domain';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnWidths, headerLines } from './column-widths';
import { FONT, runFont } from './fonts';
import { SIZE, TEXT_WIDTH } from './gbt9704';
import { STYLE } from './styles';

/** The report's tables: full text width, columns sized by their content, header row repeated. */

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

/** A header cell: its lines (broken between words, see column-widths) in 黑体, centred. */
function headerParagraph(lines: readonly string[], size: number) {
  return new Paragraph({
    style: STYLE.tableText,
    alignment: AlignmentType.CENTER,
    children: lines.map(
      (text, i) => new TextRun({ text, size, font: runFont(FONT.heading1), break: i > 0 ? 1 : 0 }),
    ),
  });
}

export function renderTable(block: Extract<ReportBlock, { type: 'table' }>): Table {
  // Wide tables (the 自评表 annex) use 五号 so that seven or eight columns fit the 156 mm text width.
  const size = block.columns.length > 5 ? SIZE.wuHao : SIZE.xiaoSi;
  const widths = columnWidths(block, size);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [headerParagraph(headerLines(c.label, widths[i] ?? 0, size), size)],
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
