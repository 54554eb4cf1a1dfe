import { formatsMessage as m } from '../../messages';
import { type AuditDocument, numberBlocks } from '../document';
import { LIMITS, unreadable } from './limits';
import type { PdfItem } from './pdf-draw-order';
import { layOutPages, type PdfPage } from './pdf-layout';

/**
 * PDF with a text layer, laid out again from the positions of its text items (pdfjs gives x/y, width and
 * height of each) and the order they are drawn in (`pdf-draw-order.ts`, `pdf-layout.ts`). A scanned PDF has
 * no text layer and is reported as such (OCR is not attempted).
 */

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
  getPage(n: number): Promise<{ view: number[]; getTextContent(): Promise<{ items: unknown[] }> }>;
};

async function readAll(loading: Promise<PdfDoc>, file: string): Promise<AuditDocument> {
  const doc = await loading;
  if (doc.numPages > LIMITS.maxPdfPages) {
    throw unreadable(file, m('audit.pdfTooManyPages', { pages: doc.numPages, max: LIMITS.maxPdfPages }));
  }
  const pages: PdfPage[] = [];
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: PdfItem[] = content.items.filter(isTextItem).map((i) => ({
      str: i.str,
      x: i.transform[4] ?? 0,
      y: i.transform[5] ?? 0,
      w: i.width,
      h: Math.abs(i.transform[3] ?? i.height) || 10,
    }));
    chars += items.reduce((n, i) => n + i.str.trim().length, 0);
    pages.push({ items, width: Math.abs((page.view[2] ?? 0) - (page.view[0] ?? 0)) });
  }
  if (chars === 0) throw unreadable(file, m('audit.pdfNoText'));
  return { file, format: 'pdf', blocks: numberBlocks(layOutPages(pages)) };
}
