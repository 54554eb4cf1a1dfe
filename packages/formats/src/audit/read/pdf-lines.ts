import type { BlockExtents, DrawnItem } from './pdf-draw-order';

/**
 * A page's items as lines: grouped by baseline (tolerance from the font height), cut into cells at wide gaps,
 * each cell knowing the draw-order blocks its items came from, each line what it needs to decide whether it
 * wraps into the next (how far its blocks reach, its first unbreakable unit, where its text ends).
 */

export interface Cell {
  text: string;
  x: number;
  xEnd: number;
  /** The draw-order blocks its items came from. */
  blocks: number[];
}

export interface Line {
  y: number;
  cells: Cell[];
  xStart: number;
  xEnd: number;
  size: number;
  text: string;
  blocks: ReadonlySet<number>;
  /** How far the line's blocks reach, left and right, over all their lines. */
  box: { left: number; right: number };
  /** The width of the line's first word: whether it would have fitted at the end of the line above. */
  lead: number;
  /** Where the line's text ends without a closing sign, which may hang in the margin. */
  textEnd: number;
}

/** Lines share a block: one holds the wrapped text of a cell or paragraph begun on the other. */
export const linked = (a: Line | undefined, b: Line | undefined) =>
  a !== undefined && b !== undefined && [...a.blocks].some((k) => b.blocks.has(k));

/** Items drawn twice at (almost) the same place: fake bold and overlapping text layers. */

function dedupe(items: DrawnItem[]): DrawnItem[] {
  const out: DrawnItem[] = [];
  for (const it of items) {
    const twin = out.find(
      (o) => o.str === it.str && Math.abs(o.x - it.x) < 1.5 && Math.abs(o.y - it.y) < 1.5,
    );
    if (!twin) out.push(it);
  }
  return out;
}

export function toLines(items: readonly DrawnItem[], extents: BlockExtents): Line[] {
  const sorted = dedupe(items.filter((i) => i.str !== '')).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; h: number; items: DrawnItem[] }> = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(2, Math.min(last.h, it.h) * 0.3)) last.items.push(it);
    else lines.push({ y: it.y, h: it.h, items: [it] });
  }
  return lines.map((l) => {
    const row = l.items.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.h));
    const cells: Cell[] = [];
    // Table columns show up as wide gaps, or as one wide blank item filling the gap.
    let breakNext = false;
    for (const it of row) {
      if (it.str.trim() === '') {
        if (it.w > size * 0.9) breakNext = true;
        else {
          const cur = cells[cells.length - 1];
          if (cur) cur.text += ' ';
        }
        continue;
      }
      const cur = cells[cells.length - 1];
      if (cur && !breakNext && it.x - cur.xEnd <= size * 0.9) {
        cur.text += it.str;
        cur.xEnd = Math.max(cur.xEnd, it.x + it.w);
        if (!cur.blocks.includes(it.block)) cur.blocks.push(it.block);
      } else cells.push({ text: it.str, x: it.x, xEnd: it.x + it.w, blocks: [it.block] });
      breakNext = false;
    }
    const clean = cells.filter((c) => c.text.trim() !== '');
    const blocks = new Set(clean.flatMap((c) => c.blocks));
    const xEnd = clean.length > 0 ? Math.max(...clean.map((c) => c.xEnd)) : 0;
    return {
      y: l.y,
      cells: clean,
      xStart: clean[0]?.x ?? 0,
      xEnd,
      size,
      text: clean.map((c) => c.text).join(' '),
      blocks,
      box: boxOf(blocks, extents),
      lead: leadWidth(row),
      textEnd: textEnd(row.filter((i) => i.str.trim() !== '').pop()),
    };
  });
}

/**
 * The line's first unit that a line cannot be broken in: a Chinese character or a run of letters, digits and
 * signs, with the opening signs before it and the closing signs and letters after it (a sign like "（" may
 * not end a line, "）" or "；" may not start one: "（90", "分;10-20%(含" wrap as one), and the character after
 * a trailing opening sign.
 */
const LEAD =
  /^[（《「『【(“‘]*(?:[\u2e80-\u9fff]|[^\s\u2e80-\u9fff\uff00-\uffef]+)[，。、；：！？”’）》」』】,.;:!?)]*[^\s\u2e80-\u9fff\uff00-\uffef]*/u;
const OPENING = /[（《「『【(“‘]$/u;

/** The width of the line's first unbreakable unit, each item's width shared evenly by its characters. */
function leadWidth(row: readonly DrawnItem[]): number {
  const chars: Array<{ ch: string; from: number; to: number }> = [];
  for (const it of row) {
    const cs = [...it.str];
    for (const [k, ch] of cs.entries())
      chars.push({ ch, from: it.x + (it.w * k) / cs.length, to: it.x + (it.w * (k + 1)) / cs.length });
  }
  const start = chars.findIndex((c) => c.ch.trim() !== '');
  if (start < 0) return 0;
  const rest = chars
    .slice(start)
    .map((c) => c.ch)
    .join('');
  const unit = [...(LEAD.exec(rest)?.[0] ?? '')];
  const count = Math.max(1, unit.length + (OPENING.test(unit.join('')) ? 1 : 0));
  const last = chars[Math.min(chars.length, start + count) - 1];
  return (last?.to ?? 0) - (chars[start]?.from ?? 0);
}

/** Closing signs that LibreOffice and Word let hang past the right margin. */
const HANGING = /[，。、；：！？”’）》」』】,.;:!?)]+$/;

function textEnd(item: DrawnItem | undefined): number {
  if (!item) return 0;
  const text = item.str.trimEnd();
  const hang = HANGING.exec(text)?.[0].length ?? 0;
  return item.x + (item.w * (text.length - hang)) / Math.max(1, text.length);
}

function boxOf(blocks: ReadonlySet<number>, extents: BlockExtents): { left: number; right: number } {
  const boxes = [...blocks].flatMap((b) => extents.get(b) ?? []);
  return {
    left: Math.min(...boxes.map((x) => x.left)),
    right: Math.max(...boxes.map((x) => x.right)),
  };
}

export function joinText(a: string, b: string): string {
  if (a === '') return b;
  return a + (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? ' ' : '') + b;
}
