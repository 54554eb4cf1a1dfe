/**
 * The text blocks of a PDF page, read from the order its text is drawn in. Word processors and LibreOffice
 * draw a page paragraph by paragraph and a table cell by cell (every line of one cell, then the next cell),
 * so consecutive items, each on the same line or on the next line under the one before, are the lines of one
 * paragraph or one cell. That tells a cell's wrapped lines from the next row even where a narrow unpadded
 * cell sets them as far apart as the rows, and even where they stand between lines of the cells beside it.
 *
 * One case is not told apart by order: a row whose only text is in the column of the next row's only text
 * (two label rows in one column) — the next item is under the last. There the distance decides: a table's
 * rows stand further apart than its text's lines (the border, the padding), so a line set further below than
 * the document's own line pitch for that size starts a new block. A block keeps its own pitch once it has two
 * lines: a wrapped cell never changes line spacing mid-cell.
 */

/** A text item as pdfjs gives it: its text, the left end of its baseline, width and font height. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text item with the block (paragraph or cell, numbered over the document) it was drawn in. */
export interface DrawnItem extends PdfItem {
  block: number;
}

/** How far the blocks reach to the left and right, by block number. */
export type BlockExtents = Map<number, { left: number; right: number }>;

/** Line spacing differences below this (points) are the same spacing; a table's border alone adds 0.5. */
const SAME_SPACING = 0.25;

/** The widest line spacing read as one paragraph's: official documents set 16-point text 28 to 30 apart. */
const MAX_SPACING = 3;

const blank = (i: PdfItem) => i.str.trim() === '';
const sizeKey = (h: number) => Math.round(h * 2) / 2;
const sameLine = (a: PdfItem, b: PdfItem) => Math.abs(a.y - b.y) <= Math.max(2, Math.min(a.h, b.h) * 0.3);

/**
 * The document's line pitch by font size: the smallest distance between an item and the next one drawn on
 * the line below, seen at least twice (one stray pair, a sub- or superscript, does not set it). Without one,
 * lines up to 1.6 times the font size apart are taken as one paragraph's.
 */
export function linePitches(pages: readonly (readonly PdfItem[])[]): Map<number, number> {
  const seen = new Map<number, Map<number, number>>();
  for (const items of pages) {
    const text = items.filter((i) => !blank(i));
    for (const [k, b] of text.entries()) {
      const a = text[k - 1];
      if (!a || Math.abs(a.h - b.h) > 0.5) continue;
      const gap = a.y - b.y;
      if (gap < b.h * 0.8 || gap > b.h * MAX_SPACING) continue;
      const counts = seen.get(sizeKey(b.h)) ?? new Map<number, number>();
      const g = Math.round(gap * 20) / 20;
      counts.set(g, (counts.get(g) ?? 0) + 1);
      seen.set(sizeKey(b.h), counts);
    }
  }
  const out = new Map<number, number>();
  for (const [size, counts] of seen) {
    const repeated = [...counts].filter(([, n]) => n >= 2).map(([g]) => g);
    if (repeated.length > 0) out.set(size, Math.min(...repeated));
  }
  return out;
}

interface Open {
  id: number;
  left: number;
  right: number;
  /** The item drawn last, and the baseline of the block's current line. */
  last: PdfItem;
  /** The spacing of the block's lines, once it has two. */
  pitch: number | undefined;
  /** A wide blank was drawn after the last item: the next item on the line is in another cell. */
  cut: boolean;
}

/** Numbers the blocks of one page in draw order, from `first`, noting in `extents` how far each reaches. */
export function drawnBlocks(
  items: readonly PdfItem[],
  pitches: ReadonlyMap<number, number>,
  first: number,
  extents: BlockExtents,
): DrawnItem[] {
  const out: DrawnItem[] = [];
  let open: Open | undefined;
  let next = first;
  for (const it of items) {
    if (blank(it)) {
      if (open && it.w > open.last.h * 0.9) open.cut = true;
      out.push({ ...it, block: open?.id ?? next });
      continue;
    }
    if (!open || !continues(open, it, pitches)) {
      open = { id: next++, left: it.x, right: it.x + it.w, last: it, pitch: undefined, cut: false };
    } else {
      if (!sameLine(open.last, it)) open.pitch ??= open.last.y - it.y;
      open.left = Math.min(open.left, it.x);
      open.right = Math.max(open.right, it.x + it.w);
      open.last = it;
      open.cut = false;
    }
    extents.set(open.id, { left: open.left, right: open.right });
    out.push({ ...it, block: open.id });
  }
  return out;
}

/** The item goes on the open block: further along its line, or on the next line under it at its spacing. */
function continues(open: Open, it: PdfItem, pitches: ReadonlyMap<number, number>): boolean {
  const last = open.last;
  if (sameLine(last, it)) {
    const end = last.x + last.w;
    return !open.cut && it.x >= end - it.h * 0.5 && it.x - end <= it.h * 0.9;
  }
  const gap = last.y - it.y;
  // A paragraph's first line may be indented by two characters; the next cell to the left is a row away.
  if (gap < it.h * 0.5 || it.x < open.left - it.h * 2.5 || it.x > open.right) return false;
  const pitch = open.pitch ?? pitches.get(sizeKey(it.h));
  return pitch === undefined ? gap <= it.h * 1.6 : gap <= pitch + SAME_SPACING;
}
