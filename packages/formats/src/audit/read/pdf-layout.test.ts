import { describe, expect, it } from 'vitest';
import type { PdfItem } from './pdf-draw-order';
import { layOutPages, type RawBlock } from './pdf-layout';

/**
 * Pages built item by item the way LibreOffice prints a Word file without cell padding: 10-point text, a
 * Chinese character 10 wide and a digit or sign 5.5, lines 14.5 apart, a table's rows 15 apart (the border), drawn paragraph by paragraph and
 * cell by cell. Texts and figures are invented.
 */
const PITCH = 14.5;
const ROW_GAP = 15;
const A4 = 595;
const LEFT = 72;

const widthOf = (str: string) => [...str].reduce((w, c) => w + (/[\x21-\x7e]/.test(c) ? 5.5 : 10), 0);
const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: widthOf(str), h: 10 });

/** A text cut into lines of at most `per` characters, never inside a number (a run of digits and signs). */
function wrap(text: string, per: number): string[] {
  const lines: string[] = [];
  for (const unit of text.match(/[\x21-\x7e≥%]+|./gu) ?? []) {
    const last = lines[lines.length - 1];
    if (last !== undefined && [...last].length + [...unit].length <= per)
      lines[lines.length - 1] = last + unit;
    else lines.push(unit);
  }
  return lines;
}

/**
 * A table drawn cell by cell from its top line at `top`: columns `width` apart from x = 78, each cell's text
 * wrapped at `per` characters; returns the items and the baseline under the table.
 */
function drawTable(rows: readonly (readonly string[])[], top: number, width = 50, per = 3) {
  const items: PdfItem[] = [];
  let y = top;
  for (const row of rows) {
    let lines = 1;
    for (const [c, text] of row.entries()) {
      const parts = text === '' ? [] : wrap(text, per);
      for (const [k, part] of parts.entries()) items.push(item(part, 78 + c * width, y - k * PITCH));
      lines = Math.max(lines, parts.length);
    }
    y -= (lines - 1) * PITCH + ROW_GAP;
  }
  return { items, bottom: y };
}

/** Paragraph lines drawn one under the other from `top`. */
const drawLines = (lines: readonly string[], top: number) =>
  lines.map((l, i) => item(l, LEFT, top - i * PITCH));

const page = (items: PdfItem[]) => ({ items, width: A4 });
const tables = (blocks: RawBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const paragraphs = (blocks: RawBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('layOutPages: a table printed in narrow cells without padding', () => {
  const ROWS = [
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['产出指标', '培训人次', '≥100人', '120人', '20', '18'],
    ['效益指标', '群众满意度', '≥90%', '95%', '10', '10'],
  ];

  it("joins each cell's wrapped lines, though they stand as far apart as the rows", () => {
    const { items } = drawTable(ROWS, 700);
    expect(tables(layOutPages([page(items)]))).toEqual([ROWS]);
  });

  it('keeps a row whose only cell is in the first column apart from the next such row', () => {
    const rows = [
      ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '32.4', '31.69', '10', '97.81%', '9.78'],
      ['上年结转资金', '', '', '', '', ''],
      ['其他资金', '', '', '', '', ''],
    ];
    const { items } = drawTable(rows, 700);
    expect(tables(layOutPages([page(items)]))).toEqual([rows]);
  });

  it('reads the text of a one-column row in a narrow cell as one paragraph', () => {
    // Title rows above the table: only their first cell holds text, wrapped at three characters.
    const { items } = drawTable([['项目名称'], ['某县文化馆免费开放'], ...ROWS], 700);
    const blocks = layOutPages([page(items)]);
    expect(paragraphs(blocks)).toEqual(['项目名称', '某县文化馆免费开放']);
    expect(tables(blocks)).toEqual([ROWS]);
  });
});

describe('layOutPages: paragraphs', () => {
  it('keeps short paragraphs set one under the other apart', () => {
    const blocks = layOutPages([
      page(drawLines(['一、基本情况', '（一）项目概况', '项目由县文化馆实施。'], 700)),
    ]);
    expect(paragraphs(blocks)).toEqual(['一、基本情况', '（一）项目概况', '项目由县文化馆实施。']);
  });

  it('joins a line that runs to the margin with the next', () => {
    // 44 characters end at 512; the margin is 595 − 72 = 523: the next character (10 wide) would not fit.
    const full = '一'.repeat(44);
    expect(paragraphs(layOutPages([page(drawLines([full, '二三。'], 700))]))).toEqual([`${full}二三。`]);
  });

  it('joins a line whose next word is too long for the room left', () => {
    // 40 characters end at 472; "4631052.88" (10 characters, 100 wide) would end at 572, past the margin.
    const line = '一'.repeat(40);
    expect(paragraphs(layOutPages([page(drawLines([line, '4631052.88元。'], 700))]))).toEqual([
      `${line}4631052.88元。`,
    ]);
  });

  it('ends a paragraph at a line short of the margin by more than the next word', () => {
    // 43 characters end at 502, 21 short of the margin: the next line's first character would have fitted.
    const line = `${'一'.repeat(42)}9`;
    expect(paragraphs(layOutPages([page(drawLines([line, '二级指标'], 700))]))).toEqual([line, '二级指标']);
  });

  it('keeps the rows of a one-column table apart on a page where no line reaches the margin', () => {
    // Every line is a row of its own; the longest, which ends no sentence, is far from the margin (523).
    const rows = ['年度总体目标完成情况', '为本县困难群众发放救助金', '一级指标', '产出指标'];
    const { items } = drawTable(
      rows.map((r) => [r]),
      700,
      450,
      40,
    );
    expect(paragraphs(layOutPages([page(items)]))).toEqual(rows);
  });
});

describe('layOutPages: page furniture', () => {
  // Each page's own text: a line repeated at the same end of two pages is a running header.
  const texts = ['项目由县文化馆实施。', '资金已全部到位。', '群众满意度较高。', '下一步继续推进。'];
  const body = (n: number, top = 700, from = 0) => drawLines(texts.slice(from, from + n), top);

  it('keeps a bare number standing first on a page that it does not count', () => {
    // A cell "5" carried to the top of page 2 of a one-column table.
    const pages = [page(body(2)), page([item('5', 78, 760), ...body(2, 745, 2)])];
    expect(paragraphs(layOutPages(pages))).toContain('5');
  });

  it('drops bare numbers that count the pages', () => {
    const pages = [page([...body(2), item('1', 290, 60)]), page([...body(2, 700, 2), item('2', 290, 60)])];
    expect(paragraphs(layOutPages(pages))).toEqual(texts);
  });

  it('keeps a line that ends one page and starts the next, however alike', () => {
    const pages = [
      page([...body(3), item('每亩300', 72, 60)]),
      page([item('每亩300', 72, 760), ...body(1, 745, 3)]),
    ];
    expect(paragraphs(layOutPages(pages)).filter((p) => p === '每亩300')).toHaveLength(2);
  });

  it('drops a line repeated at the top of every page', () => {
    const head = (p: PdfItem[]) => page([item('某县文化馆（内部资料）', 72, 780), ...p]);
    expect(paragraphs(layOutPages([head(body(2)), head(body(2, 700, 2))]))).toEqual(texts);
  });
});
