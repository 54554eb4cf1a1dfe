import { findLabel, valueOfLabel } from './find-labels';
import { type CellRef, type Grid, textAt } from './grid';
import { isLabel } from './labels';

/**
 * 年度总体目标: "预期目标 | 实际完成情况" headers with one goal per row below them (national form), or
 * 年初绩效目标 / 全年（调整）绩效目标 / 全年目标实际完成情况 (Chongqing, the adjusted goal preferred), or a
 * single text to the right of "年度总体目标". Optional: a sheet without goals reads as having none.
 */
const EXPECTED = ['预期目标', '年度目标', '全年(调整)绩效目标', '调整后绩效目标', '全年绩效目标'];
const EXPECTED_INITIAL = ['年初绩效目标', '年初目标'];
const ACTUAL = ['实际完成情况', '全年目标实际完成情况', '目标实际完成情况', '完成情况'];
const BLOCK = ['年度总体目标', '总体目标', '当年绩效目标', '年度绩效目标', '绩效目标'];
const ALL = [...EXPECTED, ...EXPECTED_INITIAL, ...ACTUAL, ...BLOCK];

export interface GoalsRead {
  goals: { expected: string; actual?: string }[];
  origins: Map<string, CellRef>;
}

export function readGoals(grid: Grid, fromRow: number, beforeRow: number): GoalsRead {
  const origins = new Map<string, CellRef>();
  const rows = { from: fromRow, to: beforeRow };
  const expectedAt = findLabel(grid, EXPECTED, rows);
  const initialAt = findLabel(grid, EXPECTED_INITIAL, rows);
  const actualAt = findLabel(grid, ACTUAL, rows);
  const header = expectedAt ?? initialAt;
  if (header) {
    const goals: GoalsRead['goals'] = [];
    for (let row = header.row + 1; row < beforeRow; row++) {
      const text = (at: CellRef | undefined) => (at ? textAt(grid, row, at.col) : '');
      const expected = text(expectedAt) || text(initialAt);
      const actual = text(actualAt);
      if (expected === '' && actual === '') {
        if (goals.length > 0) break;
        continue;
      }
      if (isLabel(expected, ALL) || expected === '') break;
      const index = goals.length;
      origins.set(`goals[${index}].expected`, {
        row,
        col: (text(expectedAt) ? expectedAt : initialAt)?.col ?? 0,
      });
      if (actual && actualAt) origins.set(`goals[${index}].actual`, { row, col: actualAt.col });
      goals.push({ expected, ...(actual ? { actual } : {}) });
    }
    return { goals, origins };
  }
  const block = findLabel(grid, BLOCK, rows);
  const inline = block ? valueOfLabel(grid, block, BLOCK) : undefined;
  if (inline && !isLabel(inline.text, ALL)) {
    origins.set('goals[0].expected', inline.ref);
    return { goals: [{ expected: inline.text }], origins };
  }
  return { goals: [], origins };
}
