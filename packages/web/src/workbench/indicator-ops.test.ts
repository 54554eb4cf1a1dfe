import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { addRow, deleteRow, insertRows, moveRow, setComparator } from './indicator-ops';

const draft = (): Draft => ({
  kind: 'unitWide',
  fiscalYear: 2022,
  unit: { name: 'u' },
  funds: { total: {} },
  indicators: [
    { id: 'a', level1: '产出指标', level2: '数量指标', name: 'A', weight: '10' },
    { id: 'b', level1: '产出指标', name: 'B', weight: '10' },
    { id: 'c', level1: '满意度指标', name: 'C', weight: '5' },
  ],
});

const names = (d: Draft) => (d.indicators ?? []).map((r) => r.name);

describe('indicator grid operations', () => {
  it('adds a row after the given one, taking its 一级/二级 indicator', () => {
    const d = addRow(draft(), 0);
    expect(names(d)).toEqual(['A', '', 'B', 'C']);
    expect(d.indicators?.[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', weight: '' });
  });

  it('deletes exactly the given row', () => {
    expect(names(deleteRow(draft(), 1))).toEqual(['A', 'C']);
  });

  it('moves a row up and down, and not past the ends', () => {
    expect(names(moveRow(draft(), 2, -1))).toEqual(['A', 'C', 'B']);
    expect(names(moveRow(draft(), 0, 1))).toEqual(['B', 'A', 'C']);
    expect(names(moveRow(draft(), 0, -1))).toEqual(['A', 'B', 'C']);
    expect(names(moveRow(draft(), 2, 1))).toEqual(['A', 'B', 'C']);
  });

  it('inserts pasted rows with fresh ids after the current row', () => {
    const d = insertRows(
      draft(),
      [
        { level1: '效益指标', name: 'X', weight: '5' },
        { level1: '效益指标', name: 'Y', weight: '5' },
      ],
      0,
    );
    expect(names(d)).toEqual(['A', 'X', 'Y', 'B', 'C']);
    const ids = (d.indicators ?? []).map((r) => r.id);
    expect(new Set(ids).size).toBe(5);
  });

  it('keeps the typed target when switching to 定性: ≥150 家 becomes the text "150家"', () => {
    const row = setComparator(
      { level1: '产出指标', name: 'A', weight: '10', target: { comparator: '>=', value: '150', unit: '家' } },
      'qualitative',
    );
    expect(row.target).toEqual({ comparator: 'qualitative', unit: '家', text: '150家' });
  });
});
