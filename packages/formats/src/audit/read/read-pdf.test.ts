import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf } from '../../pdf/docx-to-pdf';
import { findSoffice } from '../../pdf/soffice';
import type { AuditDocument, TableBlock } from '../document';
import { SOFFICE_MISSING } from '../testing/make-files';
import { readPdf } from './read-pdf';

/**
 * PDFs made here: a .docx built with the docx library, printed by LibreOffice, read back by position.
 * Units and figures are invented. Cells have the padding official forms print with: without any, a cell's
 * wrapped lines stand as far apart as the rows, and only the columns they fill tell them apart.
 */
const FONT = 'Noto Sans CJK SC';
const para = (text: string) => new Paragraph({ children: [new TextRun({ text, font: FONT })] });
const cell = (text: string, width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 60, right: 60 },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: FONT })] }),
    ],
  });
const row = (cells: readonly string[], widths: readonly number[], header = false) =>
  new TableRow({ tableHeader: header, children: cells.map((c, i) => cell(c, widths[i] ?? 1200)) });

const WIDTHS = [1200, 1500, 1300, 1300, 900, 900];
const HEAD = ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
const ROWS = [
  ['产出指标', '培训人次', '', '120人', '20', '18'],
  ['效益指标', '群众对公共文化服务设施满意程度', '≥90%', '95%', '10', '10'],
  ['满意度指标', '参训人员满意度', '≥85%', '92%', '10', '9.5'],
];

function formDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            para('某县文化馆2024年度项目支出绩效自评表'),
            para('项目实施中未发现重大问题。'),
            new Table({ rows: [row(HEAD, WIDTHS), ...ROWS.map((r) => row(r, WIDTHS))] }),
            para('以上指标由项目组自评。'),
          ],
        },
      ],
    }),
  );
}

const LONG = Array.from({ length: 70 }, (_, i) => [`指标${i + 1}`, `${i + 1}`, `${(i % 5) + 1}`]);

function longDocx(): Promise<Buffer> {
  const w = [3000, 2000, 2000];
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          headers: { default: new Header({ children: [para('某县文化馆（内部资料）')] }) },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT })],
                }),
              ],
            }),
          },
          children: [
            para('附表：指标明细'),
            new Table({ rows: [row(['指标名称', '分值', '得分'], w, true), ...LONG.map((r) => row(r, w))] }),
            para('表尾说明。'),
          ],
        },
      ],
    }),
  );
}

/**
 * The form as a flattened text becomes when put into Word: one table of nine equal narrow columns, cells
 * without padding, title rows that fill only the first cell. Every label wraps over two or three lines, set
 * as far apart as the rows.
 */
const NARROW = [
  ['项目支出绩效自评表'],
  ['项目名称', '某县文化馆免费开放'],
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '32.4', '31.69', '10', '97.81%', '9.78'],
  ['上年结转资金'],
  ['其他资金'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['产出指标', '数量指标', '免费开放场馆数', '≥3个', '3个', '20', '20', '无'],
];

function narrowDocx(): Promise<Buffer> {
  const cols = 9;
  const narrowCell = (text: string) =>
    new TableCell({
      width: { size: Math.floor(100 / cols), type: WidthType.PERCENTAGE },
      children: [para(text)],
    });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: NARROW.map(
                (r) =>
                  new TableRow({ children: Array.from({ length: cols }, (_, i) => narrowCell(r[i] ?? '')) }),
              ),
            }),
          ],
        },
      ],
    }),
  );
}

let form: AuditDocument | undefined;
let long: AuditDocument | undefined;
let narrow: AuditDocument | undefined;
const soffice = await findSoffice();

beforeAll(async () => {
  if (!soffice) throw new Error(SOFFICE_MISSING);
  const [a, b, c] = await convertDocxToPdf([
    { name: 'form', docx: await formDocx() },
    { name: 'long', docx: await longDocx() },
    { name: 'narrow', docx: await narrowDocx() },
  ]);
  if (a) form = await readPdf(new Uint8Array(a), 'form.pdf');
  if (b) long = await readPdf(new Uint8Array(b), 'long.pdf');
  if (c) narrow = await readPdf(new Uint8Array(c), 'narrow.pdf');
}, 120_000);

const tables = (d: AuditDocument | undefined) =>
  (d?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table');

describe('readPdf lays out a printed form by position', () => {
  it('keeps a blank cell blank and joins a cell wrapped over lines', () => {
    expect(tables(form).map((t) => t.rows)).toEqual([[HEAD, ...ROWS]]);
  });

  it('reads the lines around the table as paragraphs', () => {
    const paragraphs = (form?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual([
      '某县文化馆2024年度项目支出绩效自评表',
      '项目实施中未发现重大问题。',
      '以上指标由项目组自评。',
    ]);
  });

  it('keeps a table that runs over page breaks whole, its repeated header read once', () => {
    const t = tables(long);
    expect(t).toHaveLength(1);
    expect(t[0]?.rows).toEqual([['指标名称', '分值', '得分'], ...LONG]);
  });

  it('drops page numbers and the running header', () => {
    const paragraphs = (long?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual(['附表：指标明细', '表尾说明。']);
  });
});

describe('readPdf reads a form printed in narrow cells without padding', () => {
  const texts = () =>
    (narrow?.blocks ?? []).flatMap((b) =>
      b.kind === 'paragraph' ? [[b.text]] : b.rows.map((r) => r.filter((c) => c !== '')),
    );

  it('joins every wrapped cell and keeps each row of the form a row', () => {
    // The 项目名称 row stands alone between the title and the 资金 header, which starts a table of its own: a
    // table of one row is read as a paragraph of its cells.
    const [title, name, ...rest] = NARROW;
    expect(texts()).toEqual([title, [name?.join(' ')], ...rest]);
  });
});
