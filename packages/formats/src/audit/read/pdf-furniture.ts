/** What a page prints around its text: page numbers, running headers and footers. */

interface PageLine {
  text: string;
  cells: readonly unknown[];
}

const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;
const BARE_NUMBER = /^\d{1,4}$/;

/**
 * Page furniture: a page number at the top or bottom of a page, or a line that stands at the same end (top
 * or bottom) of at least two pages (digits aside: "第 2 页" and "第 3 页" are one line). Only the two lines at
 * each end count; a line last on one page and first on the next is a table row or a sentence going on.
 * A bare number is a page number only when it counts the pages: it is the page's own number, or it is as far
 * from it as the bare number of another page is (an unnumbered cover) — a table cell "5" that happens to
 * stand first on page 2 is text.
 */
export function pageFurniture<L extends PageLine>(
  pages: readonly (readonly L[])[],
): (line: L, page: number) => boolean {
  const key = (l: L, lines: readonly L[]) =>
    `${lines.slice(0, 2).includes(l) ? 'top' : 'bottom'}:${l.text.replace(/\s+/g, '').replace(/\d+/g, '#')}`;
  const ends = (lines: readonly L[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const outer = (lines: readonly L[]) => [lines[0], lines[lines.length - 1]];
  const seen = new Map<string, number>();
  const offsets = new Map<number, number>();
  for (const [i, lines] of pages.entries()) {
    for (const k of new Set(ends(lines).map((l) => key(l, lines)))) seen.set(k, (seen.get(k) ?? 0) + 1);
    for (const o of new Set(outer(lines).flatMap((l) => bareOffset(l, i) ?? [])))
      offsets.set(o, (offsets.get(o) ?? 0) + 1);
  }
  return (line, i) => {
    const page = pages[i] ?? [];
    // A table's row is never furniture, however alike the rows are ("指标28 28 3", "指标57 57 2").
    if (line.cells.length > 1 || !ends(page).includes(line)) return false;
    const text = line.text.replace(/\s+/g, '');
    if (outer(page).includes(line)) {
      if (PAGE_NUMBER.test(text)) return true;
      const offset = bareOffset(line, i);
      if (offset !== undefined) return offset === 0 || (offsets.get(offset) ?? 0) >= 2;
    }
    return pages.length >= 2 && text.length >= 4 && (seen.get(key(line, page)) ?? 0) >= 2;
  };
}

/** How far a bare number on page `index` (0-based) is from the page's own number. */
function bareOffset(line: PageLine | undefined, index: number): number | undefined {
  const text = line?.text.replace(/\s+/g, '') ?? '';
  return BARE_NUMBER.test(text) ? Number(text) - (index + 1) : undefined;
}
