import type { ReportDocument } from '@jixiao/domain';
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { renderBlock } from './blocks';
import { FONT, fontTableXml, pageNumberFont, runFont } from './fonts';
import { LINE_PITCH, MARGIN, PAGE, SIZE } from './gbt9704';
import { REPORT_STYLES, STYLE } from './styles';
import { titleLines } from './title-lines';

/**
 * Writes a report as .docx laid out per GB/T 9704-2012: A4, the standard margins, 22 lines × 28
 * characters (exact 28.95 pt lines and 0.25 pt condensed 三号 characters), official fonts with fallbacks, "— 1 —" page numbers at the outer
 * bottom corner (odd pages right, even pages left, one character in), and a red 草稿 header on drafts.
 */

/** "— 1 —" in 宋体 四号, one 四号 character (280 twips) in from the outer edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SIZE.siHao * 10 } : { left: SIZE.siHao * 10 },
        spacing: { line: 240, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: pageNumberFont(),
            size: SIZE.siHao,
          }),
        ],
      }),
    ],
  });
}

function draftHeader(reasons: readonly string[]): Header {
  const text = reasons.length > 0 ? `草稿（未定稿）：${reasons.join('；')}` : '草稿（未定稿）';
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { line: 240, before: 0, after: 0 },
        children: [new TextRun({ text, font: runFont(FONT.heading1), size: SIZE.xiaoSi, color: 'C00000' })],
      }),
    ],
  });
}

/** The title in lines broken between words (one paragraph, line breaks), each line centred. */
function titleParagraph(title: string): Paragraph {
  const children = titleLines(title).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  return new Paragraph({ style: STYLE.title, children });
}

export function buildReportDocx(report: ReportDocument): Document {
  const reasons = report.draftReasons.map((r) => r.text.zh);
  const header = report.draft ? draftHeader(reasons) : undefined;
  return new Document({
    creator: 'jixiao',
    title: report.title,
    description: report.draft ? '绩效自评报告（草稿）' : '绩效自评报告',
    evenAndOddHeaderAndFooters: true,
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN, gutter: 0 },
          },
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH },
        },
        headers: header ? { default: header, even: draftHeader(reasons) } : undefined,
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [titleParagraph(report.title), ...report.blocks.flatMap(renderBlock)],
      },
    ],
  });
}

/** The .docx bytes, with the font table that names a fallback for every official font. */
export async function writeReportDocx(report: ReportDocument): Promise<Buffer> {
  const docx = await Packer.toBuffer(buildReportDocx(report), false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return withParagraphDefaults(docx);
}

/**
 * Two paragraph defaults the docx library writes only when they are on, set in styles.xml after packing:
 * - no widow/orphan control (`w:widowControl 0`): GB/T 9704 sets 22 lines on every full page, and
 *   LibreOffice would otherwise move a line to the next page to avoid a lone one;
 * - no punctuation hanging past the right margin (`w:overflowPunct 0`): Word and WPS then move the
 *   last character down with its comma, so every line stays inside the text block. (LibreOffice 7.4
 *   ignores this property when importing and still hangs it; see docs/documents.md.)
 */
async function withParagraphDefaults(docx: Buffer): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(docx);
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const marker = '<w:pPrDefault><w:pPr>';
  if (!styles.includes(marker)) throw new Error('styles.xml without paragraph defaults');
  zip.file('word/styles.xml', styles.replace(marker, `${marker}${PARAGRAPH_DEFAULTS}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** In the schema's order (widowControl comes before overflowPunct in w:pPr). */
export const PARAGRAPH_DEFAULTS = '<w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>';
