import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { displayWidth } from '@jixiao/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocuments } from '../report/bundle';
import { loadSeed, SEED_IDS } from '../report/seed-support';
import { convertDocxToPdf, type DocxInput } from './docx-to-pdf';
import { mmToPt, type PdfLine, type PdfPage, readPdfGeometry } from './pdf-geometry';
import { findSoffice } from './soffice';

/**
 * The visual test: every seed's 自评报告 and 自评表 printed to PDF by LibreOffice and each page kept as a
 * PNG in artifacts/visual/ (for a person to look at), and the report's page geometry read back from the
 * PDF's text layer — GB/T 9704: text inside the 37/35/28/26 mm margins, 22 lines on a full page, at most
 * 28 characters a line. Runs where soffice is installed, like the other PDF tests.
 */

const run = promisify(execFile);
const VISUAL = fileURLToPath(new URL('../../../../artifacts/visual/', import.meta.url));
const soffice = await findSoffice();

/** The text block in points: left 28 mm, right 210 − 26 = 184 mm, top 37 mm, bottom 297 − 35 = 262 mm. */
const BLOCK = { left: mmToPt(28), right: mmToPt(184), top: mmToPt(37), bottom: mmToPt(262) };
/** Half a point for the PDF's rounding of glyph boxes. */
const TOLERANCE = 0.5;
/** 28.95 pt: the exact line pitch of 579 twips. */
const PITCH = 579 / 20;
/**
 * LibreOffice 7.4 ignores w:overflowPunct when importing a .docx and lets one full-width closing mark
 * hang past the right margin instead of carrying the last character down (Word and WPS follow the
 * document's setting). One such mark at a line's end is measured as not part of the line.
 */
const HANGING = /[，。、；：？！）》」』”’]$/u;
const HANGING_WIDTH = 16.5;

/** The page number "— 3 —", below the text block by design. */
const isPageNumber = (l: PdfLine): boolean => /^—\d+—$/.test(l.text);
/** 三号 lines are 16 pt × 1.3 = 20.8 pt boxes; 二号 titles 28.6; table text (小四, 五号) below 17. */
const isBodySize = (l: PdfLine): boolean => l.yMax - l.yMin > 17;
const hangs = (l: PdfLine): boolean => HANGING.test(l.text) && l.xMax > BLOCK.right + TOLERANCE;
const units = (l: PdfLine): number => displayWidth(hangs(l) ? l.text.slice(0, -1) : l.text) / 2;

const EMPTY: PdfPage = { width: 0, height: 0, lines: [] };

/**
 * A page's lines without its furniture: the page number, and the draft mark in the top margin (which
 * may wrap to a second line), so that every other line is held to the text block.
 */
function content(page: PdfPage): PdfLine[] {
  const lines = page.lines.filter((l) => !isPageNumber(l));
  if (!lines[0]?.text.startsWith('草稿')) return lines;
  const header = lines.findIndex((l) => l.yMax > BLOCK.top);
  return header < 0 ? [] : lines.slice(header);
}

/** The page the annex (附件, the 自评表) starts on, or the page count. */
function annexPage(pages: readonly PdfPage[]): number {
  const annex = pages.findIndex((p) => content(p)[0]?.text === '附件');
  return annex < 0 ? pages.length : annex;
}

/** Pages before the annex that hold only body text (no table). */
function bodyPages(pages: readonly PdfPage[]): number[] {
  return pages
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => i < annexPage(pages) && content(p).every(isBodySize))
    .map(({ i }) => i);
}

/**
 * Body pages whose last paragraph runs on: the next page starts with a body line at the left margin
 * (a new paragraph or heading starts two characters in). Nothing but the page end broke it there, so
 * the page must be full; a page that ends where a heading was kept with its text may be shorter.
 */
function fullPages(pages: readonly PdfPage[]): number[] {
  return bodyPages(pages).filter((i) => {
    const next = content(pages[i + 1] ?? EMPTY)[0];
    const runsOn = next !== undefined && isBodySize(next) && next.xMin < BLOCK.left + 8;
    return runsOn && i + 1 < annexPage(pages);
  });
}

/** Line slots a page uses, from its first line to its last, on the 28.95 pt grid. */
const slots = (lines: readonly PdfLine[]): number =>
  Math.round(((lines.at(-1)?.yMax ?? 0) - (lines[0]?.yMax ?? 0)) / PITCH) + 1;

/** Prints the seeds' documents to artifacts/visual/ (PDF, a PNG per page) and reads the reports' geometry. */
async function printSeeds(): Promise<Map<string, PdfPage[]>> {
  await mkdir(VISUAL, { recursive: true });
  const inputs: DocxInput[] = [];
  for (const id of SEED_IDS) {
    const out = await renderDocuments(id, await loadSeed(id), ['docx', 'xlsx']);
    const xlsx = out.files.find((f) => f.kind === 'xlsx')?.bytes;
    if (!out.docx || !xlsx) throw new Error(`${id}: nothing written`);
    inputs.push({ name: `${id}-自评报告`, docx: out.docx });
    inputs.push({ name: `${id}-自评表`, docx: xlsx, extension: 'xlsx' });
  }
  const pdfs = await convertDocxToPdf(inputs);
  const reports = new Map<string, PdfPage[]>();
  for (const [n, input] of inputs.entries()) {
    const path = `${VISUAL}${input.name}.pdf`;
    await writeFile(path, pdfs[n] ?? Buffer.alloc(0));
    await run('pdftoppm', ['-png', '-r', '60', path, `${VISUAL}${input.name}`]);
    if (input.extension !== 'xlsx') reports.set(input.name.slice(0, 8), await readPdfGeometry(path));
  }
  return reports;
}

function outsideTheBlock(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((page, i) =>
    content(page)
      .filter(
        (l) =>
          l.xMin < BLOCK.left - TOLERANCE ||
          l.xMax - (hangs(l) ? HANGING_WIDTH : 0) > BLOCK.right + TOLERANCE ||
          l.yMin < BLOCK.top - TOLERANCE ||
          l.yMax > BLOCK.bottom + TOLERANCE,
      )
      .map((l) => `page ${i + 1}: ${l.text} (${l.xMin}–${l.xMax}, ${l.yMin}–${l.yMax})`),
  );
}

/** Body lines over 28 characters, and lines off the 28.95 pt grid (steps of whole lines). */
function badBodyLines(pages: readonly PdfPage[]): string[] {
  return bodyPages(pages).flatMap((i) => {
    const lines = content(pages[i] ?? EMPTY);
    const long = lines.filter((l) => units(l) > 28);
    const offGrid = lines.slice(1).filter((l, k) => {
      const steps = (l.yMax - (lines[k]?.yMax ?? 0)) / PITCH;
      // A title line (二号) sits a point off the body's grid; the tolerance takes it.
      return steps < 0.9 || Math.abs(steps - Math.round(steps)) > 0.1;
    });
    return [
      ...long.map((l) => `page ${i + 1}: ${units(l)} characters: ${l.text}`),
      ...offGrid.map((l) => `page ${i + 1}: off the line grid: ${l.text}`),
    ];
  });
}

function measured(): void {
  const reports = new Map<string, PdfPage[]>();
  let fullPageCount = 0;

  beforeAll(async () => {
    for (const [id, pages] of await printSeeds()) reports.set(id, pages);
  }, 300_000);

  describe.each(SEED_IDS)('%s', (id) => {
    const pages = () => reports.get(id) ?? [];

    it('is A4 portrait with a page number "— n —" under the text block of every page', () => {
      expect(pages().length).toBeGreaterThan(1);
      pages().forEach((page, i) => {
        expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
        const number = page.lines.find(isPageNumber);
        expect(number?.text).toBe(`—${i + 1}—`);
        expect(number?.yMin ?? 0).toBeGreaterThan(BLOCK.bottom);
      });
    });

    it('keeps all text inside the 37/35/28/26 mm margins', () => {
      expect(outsideTheBlock(pages())).toEqual([]);
    });

    it('sets at most 28 characters on a body line, every line on the 28.95 pt grid', () => {
      expect(bodyPages(pages()).length).toBeGreaterThan(0);
      expect(badBodyLines(pages())).toEqual([]);
    });

    it('fills a body page with 22 lines where a paragraph runs on to the next page', () => {
      const full = fullPages(pages());
      fullPageCount += full.length;
      const counted = full.map((i) => `page ${i + 1}: ${slots(content(pages()[i] ?? EMPTY))} lines`);
      expect(counted).toEqual(full.map((i) => `page ${i + 1}: 22 lines`));
    });
  });

  it('found full pages to count in the seeds (at least three)', () => {
    expect(fullPageCount).toBeGreaterThanOrEqual(3);
  });
}

describe('the seed documents printed to PDF', () => {
  if (soffice) measured();
  else
    it('refuses to print without LibreOffice, naming it', async () => {
      // Without LibreOffice there is nothing to measure; the PDF path must say so instead.
      await expect(convertDocxToPdf([{ name: 'r', docx: new Uint8Array() }])).rejects.toThrow(
        'LibreOffice 未安装',
      );
    });
});
