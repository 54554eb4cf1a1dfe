import { formatsMessage as m } from '../../messages';
import { type AuditDocument, numberBlocks } from '../document';
import { normaliseText } from '../normalise';
import { LIMITS, unreadable } from './limits';

/**
 * PDF with a text layer. Text items are grouped into lines by their baseline, and a line split by wide gaps
 * into cells; runs of such multi-cell lines become a table. Other lines are joined into paragraphs when a
 * line runs to the right margin (the text wraps) — Chinese needs no space at the join.
 * A scanned PDF has no text layer and is reported as such (OCR is not attempted).
 */

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Line {
  y: number;
  cells: Array<{ text: string; x: number; xEnd: number }>;
  xStart: number;
  xEnd: number;
  size: number;
}

type RawBlock =
  | { kind: 'paragraph'; text: string; page: number }
  | { kind: 'table'; rows: string[][]; page: number };

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(v: unknown): v is PdfTextItem {
  return typeof v === 'object' && v !== null && 'str' in v && 'transform' in v;
}

export async function readPdf(data: Uint8Array, file: string): Promise<AuditDocument> {
  if (!startsWithPdf(data)) throw unreadable(file, m('audit.notPdf'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(unreadable(file, m('audit.pdfTimeout', { seconds: LIMITS.pdfTimeoutMs / 1000 }))),
      LIMITS.pdfTimeoutMs,
    );
  });
  try {
    return await Promise.race([readAll(task.promise, file), timeout]);
  } catch (e) {
    if (e instanceof Error && e.name === 'JixiaoError') throw e;
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') throw unreadable(file, m('audit.pdfEncrypted'));
    throw unreadable(file, m('audit.pdfDamaged'));
  } finally {
    if (timer) clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

function startsWithPdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

type PdfDoc = {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
};

async function readAll(loading: Promise<PdfDoc>, file: string): Promise<AuditDocument> {
  const doc = await loading;
  if (doc.numPages > LIMITS.maxPdfPages) {
    throw unreadable(file, m('audit.pdfTooManyPages', { pages: doc.numPages, max: LIMITS.maxPdfPages }));
  }
  const builder = new BlockBuilder();
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = content.items.filter(isTextItem).map((i) => ({
      str: i.str,
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      w: i.width,
      h: Math.abs(i.transform[3] ?? i.height) || 10,
    }));
    chars += items.reduce((n, i) => n + i.str.trim().length, 0);
    builder.page(items, p);
  }
  if (chars === 0) throw unreadable(file, m('audit.pdfNoText'));
  return { file, format: 'pdf', blocks: numberBlocks(builder.finish()) };
}

function toLines(items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const ref = last?.[0];
    if (last && ref && Math.abs(ref.y - it.y) <= Math.max(2, ref.h * 0.3)) last.push(it);
    else lines.push([it]);
  }
  return lines.map((ls) => {
    const row = ls.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.h));
    const cells: Line['cells'] = [];
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
      } else cells.push({ text: it.str, x: it.x, xEnd: it.x + it.w });
      breakNext = false;
    }
    const clean = cells.filter((c) => c.text.trim() !== '');
    return {
      y: row[0]?.y ?? 0,
      cells: clean,
      xStart: clean[0]?.x ?? 0,
      xEnd: clean.length > 0 ? Math.max(...clean.map((c) => c.xEnd)) : 0,
      size,
    };
  });
}

/** Turns pages of lines into paragraphs and tables; a paragraph that wraps at a page end goes on. */
class BlockBuilder {
  readonly out: RawBlock[] = [];
  private para = '';
  private paraPage = 1;
  private rows: string[][] = [];
  private tablePage = 1;

  page(items: Item[], page: number): void {
    const lines = toLines(items).filter((l) => l.cells.length > 0);
    if (lines.length === 0) return;
    const right = Math.max(...lines.map((l) => l.xEnd));
    for (const l of lines) {
      if (l.cells.length >= 2) {
        this.flushPara();
        if (this.rows.length === 0) this.tablePage = page;
        this.rows.push(l.cells.map((c) => c.text));
        continue;
      }
      this.flushTable();
      const text = l.cells[0]?.text ?? '';
      if (this.para === '') this.paraPage = page;
      this.para += (/[A-Za-z0-9]$/.test(this.para) && /^[A-Za-z0-9]/.test(text) ? ' ' : '') + text;
      // A line that runs to the margin wraps; so does one a little short of it that stops mid-sentence (a
      // long number pushed to the next line). A short line ending a sentence, or a heading, ends the paragraph.
      const line = text.trim();
      const wraps =
        l.xEnd >= right - l.size * 2 || (!/[。：；！？:;!?]$/.test(line) && l.xEnd >= right - l.size * 8);
      if (!wraps) this.flushPara();
    }
    this.flushTable();
  }

  finish(): RawBlock[] {
    this.flushTable();
    this.flushPara();
    return this.out;
  }

  private flushPara(): void {
    if (this.para.trim() !== '')
      this.out.push({ kind: 'paragraph', text: normaliseText(this.para).trim(), page: this.paraPage });
    this.para = '';
  }

  private flushTable(): void {
    if (this.rows.length >= 2) {
      this.out.push({
        kind: 'table',
        rows: this.rows.map((r) => r.map((c) => normaliseText(c).trim())),
        page: this.tablePage,
      });
    } else {
      for (const r of this.rows)
        this.out.push({ kind: 'paragraph', text: normaliseText(r.join(' ')).trim(), page: this.tablePage });
    }
    this.rows = [];
  }
}
