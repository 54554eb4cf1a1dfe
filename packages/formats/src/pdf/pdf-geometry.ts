import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Where a PDF's text lines sit, as poppler's `pdftotext -bbox-layout` reports them: the page geometry
 * the visual tests check (lines per page, characters per line, margins), measured on the PDF itself
 * rather than on what the writer meant to produce. Test support; needs poppler-utils.
 */

export interface PdfLine {
  text: string;
  /** Points from the page's left and top edges. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const run = promisify(execFile);

const num = (attrs: string, name: string): number =>
  Number(new RegExp(`${name}="([\\d.]+)"`).exec(attrs)?.[1] ?? Number.NaN);

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The bbox XHTML of pdftotext as pages of lines; a line's text is its words joined without spaces. */
export function parseBboxLayout(xhtml: string): PdfPage[] {
  return [...xhtml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((page) => ({
    width: num(page[1] ?? '', 'width'),
    height: num(page[1] ?? '', 'height'),
    lines: [...(page[2] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => {
      const attrs = line[1] ?? '';
      const words = [...(line[2] ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) =>
        decode(w[1] ?? ''),
      );
      return {
        text: words.join(''),
        xMin: num(attrs, 'xMin'),
        yMin: num(attrs, 'yMin'),
        xMax: num(attrs, 'xMax'),
        yMax: num(attrs, 'yMax'),
      };
    }),
  }));
}

export async function readPdfGeometry(pdfPath: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return parseBboxLayout(stdout);
}

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
