import { describe, expect, it } from 'vitest';
import { type BlockExtents, drawnBlocks, linePitches, type PdfItem } from './pdf-draw-order';

/** An item of 10-point text, one character 10 wide. */
const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, w: str.length * 10, h: 10 });

/**
 * Two rows of a table with 50-wide columns, drawn cell by cell as LibreOffice does: each cell's lines (14.5
 * apart) before the next cell, the next row 15 below the last line of the row above (the border).
 */
const TABLE: PdfItem[] = [
  item('一级指', 78, 700),
  item('标', 78, 685.5),
  item('三级指', 128, 700),
  item('标名称', 128, 685.5),
  item('称', 128, 671),
  item('分值', 178, 700),
  item('产出指', 78, 656),
  item('标', 78, 641.5),
  item('培训', 128, 656),
  item('20', 178, 656),
];

const blocksOf = (items: readonly PdfItem[]) => {
  const extents: BlockExtents = new Map();
  const drawn = drawnBlocks(items, linePitches([items]), 0, extents);
  return { blocks: drawn.map((d) => `${d.block}:${d.str}`), extents };
};

describe('linePitches', () => {
  it('takes the smallest line distance seen twice, by font size', () => {
    // Gaps in draw order: 14.5 (twice), 15 (row to row), and back up to a row's top (negative).
    expect(linePitches([TABLE]).get(10)).toBe(14.5);
  });

  it('does not take a distance seen once', () => {
    const items = [item('甲', 72, 700), item('乙', 72, 690), item('丙', 72, 675), item('丁', 72, 660)];
    // 10 once, 15 twice.
    expect(linePitches([items]).get(10)).toBe(15);
  });
});

describe('drawnBlocks', () => {
  it("keeps a cell's wrapped lines in one block and starts a block for each next cell", () => {
    expect(blocksOf(TABLE).blocks).toEqual([
      '0:一级指',
      '0:标',
      '1:三级指',
      '1:标名称',
      '1:称',
      '2:分值',
      '3:产出指',
      '3:标',
      '4:培训',
      '5:20',
    ]);
  });

  it("starts a block where the next line stands further down than the text's line pitch", () => {
    // Two one-cell rows in one column, drawn one after the other: 15 apart where the pitch is 14.5.
    const items = [...TABLE, item('上年结', 78, 500), item('转', 78, 485.5), item('其他', 78, 470.5)];
    expect(blocksOf(items).blocks.slice(-3)).toEqual(['6:上年结', '6:转', '7:其他']);
  });

  it('keeps a block to its own spacing once it has two lines', () => {
    // Spacing 10 within the block; the next line 14.5 below is another paragraph, though 14.5 is the pitch.
    const items = [...TABLE, item('甲乙', 72, 500), item('丙丁', 72, 490), item('戊', 72, 475.5)];
    expect(blocksOf(items).blocks.slice(-3)).toEqual(['6:甲乙', '6:丙丁', '7:戊']);
  });

  it('cuts a line at a wide blank: the cells beside each other on one line', () => {
    const items = [item('分值', 178, 700), { str: ' ', x: 198, y: 700, w: 30, h: 0 }, item('得分', 228, 700)];
    expect(blocksOf(items).blocks).toEqual(['0:分值', '0: ', '1:得分']);
  });

  it('notes how far each block reaches', () => {
    expect(blocksOf(TABLE).extents.get(1)).toEqual({ left: 128, right: 158 });
  });
});
