import { normaliseText } from '../normalise';
import { type BlockExtents, drawnBlocks, linePitches, type PdfItem } from './pdf-draw-order';
import { pageFurniture } from './pdf-furniture';
import { type Cell, joinText, type Line, linked, toLines } from './pdf-lines';

/**
 * Pages of positioned text items laid out again as paragraphs and tables. Items become lines
 * (`pdf-lines.ts`), and a run of multi-cell lines is a table region. Every item also knows the block
 * (paragraph or cell) it was drawn in (`pdf-draw-order.ts`): in a document drawn cell by cell, lines holding
 * one cell's text are one row, however far apart the row's lines stand, and on any page a line drawn in
 * another block than the next never continues its paragraph. Inside a region, lines closer than the
 * region's row pitch are also the wrapped lines of one row (for PDFs drawn line by line across the page,
 * where the blocks say nothing, a line under a full cell goes on it too) and are joined cell by cell; the
 * row with the most cells gives the columns, and every cell goes to the column under its centre, so a blank
 * cell stays blank instead of shifting the row left. A table that goes on over a page break, repeating its
 * header row, stays one table. Page furniture is dropped (`pdf-furniture.ts`). Other lines are joined into
 * paragraphs where a line is full — the next line's first unbreakable unit would not have fitted before the
 * margin — or is one of the lines of a cell standing alone in its row; Chinese needs no space at the join.
 */

export type RawBlock =
  | { kind: 'paragraph'; text: string; page: number }
  | { kind: 'table'; rows: string[][]; page: number };

/** A page: its text items in the order they are drawn, and its width. */
export interface PdfPage {
  items: readonly PdfItem[];
  width: number;
}

/** The pages as paragraphs and tables in reading order, each with its page. */
export function layOutPages(pages: readonly PdfPage[]): RawBlock[] {
  const pitches = linePitches(pages.map((p) => p.items));
  const extents: BlockExtents = new Map();
  let next = 0;
  const laid = pages.map((p) => {
    const drawn = drawnBlocks(p.items, pitches, next, extents);
    for (const d of drawn) next = Math.max(next, d.block + 1);
    return toLines(drawn, extents).filter((l) => l.cells.length > 0);
  });
  const furniture = pageFurniture(laid);
  // The text's left margin, and the right one as wide: where a full line ends even on a page of short lines.
  const left = laid.reduce(
    (m, lines) => lines.reduce((n, l) => Math.min(n, l.xStart), m),
    Number.POSITIVE_INFINITY,
  );
  const builder = new BlockBuilder(drawnCellByCell(laid), tableCells(laid));
  const kept = laid.map((lines, i) => lines.filter((l) => !furniture(l, i)));
  for (const [i, lines] of kept.entries())
    builder.page(lines, i + 1, (pages[i]?.width ?? 0) - left, kept[i + 1]?.[0]);
  return builder.finish();
}

/**
 * The document is drawn cell by cell (every line of a cell before the next cell), not line by line across the
 * page: some cell standing beside another on a line goes on to the next line. Then the blocks alone tell the
 * rows apart, and the guesses made for line-by-line drawing (a line under a full cell wraps it) are not needed.
 */
function drawnCellByCell(pages: readonly (readonly Line[])[]): boolean {
  return pages.some((lines) =>
    lines.some(
      (l, i) => l.cells.length >= 2 && l.cells.some((c) => c.blocks.some((b) => lines[i + 1]?.blocks.has(b))),
    ),
  );
}

/** The lines of one table region put into rows and columns (see the file comment). */
function tableRows(lines: readonly Line[], cellByCell: boolean): string[][][] {
  // Wrapped lines of one row are closer than the rows are to each other.
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.y ?? l.y) - l.y);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const pitch = sortedGaps[Math.floor((sortedGaps.length * 3) / 4)] ?? 0;
  // A table printed without cell padding sets a cell's wrapped lines as far apart as its rows: there, a line
  // goes on the row above when each of its cells stands under a cell of that row's last line that fills its
  // column (text wraps only when the column is full).
  const widest = lines.reduce<Line | undefined>(
    (w, l) => (w === undefined || l.cells.length > w.cells.length ? l : w),
    undefined,
  );
  const bounds = (widest?.cells ?? []).slice(1).map((c, i) => ((widest?.cells[i]?.xEnd ?? c.x) + c.x) / 2);
  const left = Math.min(...lines.map((l) => l.xStart));
  const right = Math.max(...lines.map((l) => l.xEnd));
  const fills = (c: Cell) => {
    const centre = (c.x + c.xEnd) / 2;
    const i = bounds.findIndex((b) => centre < b);
    const from = i <= 0 ? left : (bounds[i - 1] ?? left);
    const to = i < 0 ? right : (bounds[i] ?? right);
    return c.xEnd - c.x >= (to - from) * 0.8;
  };
  const groups: Line[][] = [];
  /** The blocks drawn in the row being built. */
  const drawn = new Set<number>();
  for (const [i, l] of lines.entries()) {
    const gap = i === 0 ? Number.POSITIVE_INFINITY : (gaps[i - 1] ?? 0);
    const last = groups[groups.length - 1];
    const above = last?.[last.length - 1];
    const wrapped =
      !cellByCell &&
      above !== undefined &&
      gap < l.size * 1.6 &&
      l.cells.every((c) => above.cells.some((o) => c.x < o.xEnd && c.xEnd > o.x && fills(o)));
    // Or a line whose cells stand under none of the row's cells: single-line cells set in the middle of a
    // row whose other cells wrap.
    const beside =
      !cellByCell &&
      last !== undefined &&
      gap < l.size * 1.6 &&
      l.cells.every((c) => last.every((m) => m.cells.every((o) => c.xEnd <= o.x || c.x >= o.xEnd)));
    const drawnIn = cellByCell && [...l.blocks].some((b) => drawn.has(b));
    if (last && (drawnIn || (gap < pitch * 0.8 && gap < l.size * 1.6) || beside || wrapped)) last.push(l);
    else {
      groups.push([l]);
      drawn.clear();
    }
    for (const b of l.blocks) drawn.add(b);
  }
  return splitAtHeaders(groups.map(joinWrapped)).map(inColumns);
}

/** Labels of the official forms' header rows: a row holding two of them starts a table of its own. */
const HEADER_CELL =
  /^(?:一级指标|二级指标|三级指标|指标名称|年度指标值|实际完成值|全年实际值|分值|权重|得分|得分率|年初预算数|全年预算数|全年执行数|执行率|资金[（(]?万?元[）)]?|偏差原因分析及改进措施)/;

/** Rows of one region cut where a form's next table begins (the indicator table right under the 资金 block). */
function splitAtHeaders(rows: Cell[][]): Cell[][][] {
  const out: Cell[][][] = [];
  for (const r of rows) {
    const header = r.filter((c) => HEADER_CELL.test(c.text.replace(/\s/g, ''))).length >= 2;
    const cur = out[out.length - 1];
    if (!cur || (header && cur.length > 0)) out.push([r]);
    else cur.push(r);
  }
  return out;
}

/** Every cell to the column under its centre; the row with the most cells gives the columns. */
function inColumns(rows: Cell[][]): string[][] {
  const widest = rows.reduce<Cell[]>((best, r) => (r.length > best.length ? r : best), []);
  const bounds = widest.slice(1).map((c, i) => ((widest[i]?.xEnd ?? c.x) + c.x) / 2);
  const columnOf = (c: Cell) => {
    const centre = (c.x + c.xEnd) / 2;
    const i = bounds.findIndex((b) => centre < b);
    return i < 0 ? bounds.length : i;
  };
  return rows.map((r) => {
    const out = Array.from({ length: widest.length }, () => '');
    for (const c of r) {
      const i = columnOf(c);
      out[i] = joinText(out[i] ?? '', c.text);
    }
    return out;
  });
}

/** The lines of one row as one list of cells: a cell of a later line under a cell of the first goes on it. */
function joinWrapped(lines: readonly Line[]): Cell[] {
  const cells: Cell[] = [];
  for (const l of [...lines].sort((a, b) => b.y - a.y)) {
    for (const c of l.cells) {
      const under = cells.find((o) => c.x < o.xEnd && c.xEnd > o.x);
      if (under) {
        under.text = joinText(under.text, c.text);
        under.x = Math.min(under.x, c.x);
        under.xEnd = Math.max(under.xEnd, c.xEnd);
      } else cells.push({ ...c });
    }
  }
  return cells.sort((a, b) => a.x - b.x);
}

/**
 * The line's text goes on in the next line (`next`, on the same page or the first of the next one). On one
 * page, a line drawn in another block than the next ends its paragraph, and the lines of a cell (the block
 * stands inside one column of a table) are one text. Otherwise a line goes on when it is full: the next
 * line's first word (a character, a long number) would not have fitted before the margin. A line with room
 * left for the next word — a heading, the end of a paragraph — ends the paragraph.
 */
function wraps(
  l: Line,
  next: Line | undefined,
  samePage: boolean,
  right: number,
  inCell: (l: Line) => boolean,
): boolean {
  if (next === undefined) return false;
  if (samePage && !linked(l, next)) return false;
  if (samePage && inCell(l)) return true;
  return l.xEnd + next.lead > right - l.size * 0.5;
}

/**
 * Whether a line's blocks stand inside one column of a table of the document: some line has a cell that
 * starts where the block starts and a next cell that starts after the block ends.
 */
function tableCells(pages: readonly (readonly Line[])[]): (l: Line) => boolean {
  // By whole point of the cell's start: how far the next cell starts at the furthest.
  const ends = new Map<number, number>();
  for (const lines of pages)
    for (const l of lines)
      for (const [i, c] of l.cells.slice(0, -1).entries()) {
        const x = Math.round(c.x);
        ends.set(x, Math.max(ends.get(x) ?? 0, l.cells[i + 1]?.x ?? c.xEnd));
      }
  return (l) => {
    const x = Math.round(l.box.left);
    return [x - 1, x, x + 1].some((k) => l.box.right < (ends.get(k) ?? Number.NEGATIVE_INFINITY));
  };
}

/** Turns pages of lines into paragraphs and tables; a paragraph or a table that goes on over a page break goes on. */
class BlockBuilder {
  constructor(
    private readonly cellByCell: boolean,
    private readonly inCell: (l: Line) => boolean,
  ) {}

  readonly out: RawBlock[] = [];
  private para = '';
  private paraPage = 1;
  private region: Line[] = [];
  private regionPage = 1;
  /** The last table, while nothing but page furniture followed it: a table on the next page may continue it. */
  private open: { rows: string[][]; page: number } | undefined;

  /** One page's lines; the first line of the next page tells whether the page's last line goes on. */
  page(lines: Line[], page: number, margin: number, nextPage: Line | undefined): void {
    if (lines.length === 0) return;
    const right = lines.reduce((r, l) => Math.max(r, l.textEnd), margin);
    for (const [i, l] of lines.entries()) {
      // A one-cell line inside a table region: a cell's wrapped text, above or below the row's other cells.
      const prev = this.region[this.region.length - 1];
      const next = lines[i + 1];
      const close = (a: Line | undefined, b: Line | undefined) =>
        a !== undefined && b !== undefined && a.y > b.y && a.y - b.y < Math.min(a.size, b.size) * 1.6;
      // It must stand under one column of the region: a paragraph after the table runs across several.
      const widest = this.region.reduce<Line | undefined>(
        (w, r) => (w === undefined || r.cells.length > w.cells.length ? r : w),
        undefined,
      );
      const c = l.cells[0];
      const inOneColumn =
        c !== undefined &&
        widest !== undefined &&
        c.x >= widest.xStart - l.size &&
        c.xEnd <= widest.xEnd + l.size &&
        widest.cells.filter((o) => c.x < o.xEnd && c.xEnd > o.x).length <= 1;
      const inRow =
        (this.cellByCell && this.region.length > 0 && linked(prev, l)) ||
        (inOneColumn && (close(prev, l) || (close(l, next) && (next?.cells.length ?? 0) >= 2)));
      if (l.cells.length >= 2 || (inRow && l.cells.length === 1)) {
        this.flushPara();
        if (this.region.length === 0) this.regionPage = page;
        this.region.push(l);
        continue;
      }
      this.flushRegion();
      this.closeTable();
      const text = l.cells[0]?.text ?? '';
      if (this.para === '') this.paraPage = page;
      this.para = joinText(this.para, text);
      const after = next ?? nextPage;
      if (!wraps(l, after, next !== undefined, right, this.inCell)) this.flushPara();
    }
    this.flushRegion();
  }

  finish(): RawBlock[] {
    this.flushRegion();
    this.closeTable();
    this.flushPara();
    return this.out;
  }

  private flushPara(): void {
    if (this.para.trim() !== '')
      this.out.push({ kind: 'paragraph', text: normaliseText(this.para).trim(), page: this.paraPage });
    this.para = '';
  }

  private flushRegion(): void {
    const lines = this.region;
    this.region = [];
    if (lines.length === 0) return;
    if (lines.length < 2) {
      this.closeTable();
      for (const l of lines)
        this.out.push({ kind: 'paragraph', text: normaliseText(l.text).trim(), page: this.regionPage });
      return;
    }
    for (const table of tableRows(lines, this.cellByCell)) {
      if (table.length < 2) {
        this.closeTable();
        for (const r of table)
          this.out.push({
            kind: 'paragraph',
            text: normaliseText(r.filter(Boolean).join(' ')).trim(),
            page: this.regionPage,
          });
      } else this.pushTable(table.map((r) => r.map((c) => normaliseText(c).trim())));
    }
  }

  private pushTable(rows: string[][]): void {
    const open = this.open;
    if (open && open.page < this.regionPage && (open.rows[0]?.length ?? 0) === (rows[0]?.length ?? -1)) {
      // The same table after a page break; a repeated header row is read once.
      const repeated = rows[0]?.join('|') === open.rows[0]?.join('|');
      open.rows.push(...(repeated ? rows.slice(1) : rows));
      open.page = this.regionPage;
      return;
    }
    this.closeTable();
    this.open = { rows, page: this.regionPage };
    this.out.push({ kind: 'table', rows, page: this.regionPage });
  }

  private closeTable(): void {
    this.open = undefined;
  }
}
