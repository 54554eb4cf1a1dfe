import { parseDeclaration, type TargetDeclaration } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import {
  addBlankIndicator,
  addFromLibrary,
  removeIndicator,
  setIndicatorField,
  setTargetField,
  targetText,
} from './declaration-draft';

const empty: TargetDeclaration = parseDeclaration({
  kind: 'unitWide',
  fiscalYear: 2022,
  unit: { name: '甲区科协本级' },
  funds: { annual: {} },
  goals: {},
});

const ENTRY = {
  id: 'output.quantity.new-tech-enterprises',
  level1: '产出指标',
  level2: '数量指标',
  name: '新增科技型企业数量',
  comparator: '>=',
  unit: '家',
  basis: 'plan',
};

describe('editing a declaration on the page', () => {
  it('fills a picked library entry into 一级/二级/三级, comparator, unit and basis, keeping its id', () => {
    const [row] = addFromLibrary(empty, ENTRY).indicators;
    expect(row).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '新增科技型企业数量',
      target: { comparator: '>=', unit: '家' },
      basis: 'plan',
      libraryId: 'output.quantity.new-tech-enterprises',
    });
  });

  it('adds a free-typed indicator without a library id (shown as 自定义)', () => {
    const [row] = addBlankIndicator(empty, '效益指标').indicators;
    expect(row?.libraryId).toBeUndefined();
    expect(row?.level1).toBe('效益指标');
  });

  it('sets the target value and weight as typed, and leaves the declaration given unchanged', () => {
    const one = addFromLibrary(empty, ENTRY);
    const next = setIndicatorField(setTargetField(one, 0, 'value', '150'), 0, 'weight', '15');
    expect(next.indicators[0]?.target).toEqual({ comparator: '>=', unit: '家', value: '150' });
    expect(next.indicators[0]?.weight).toBe('15');
    expect(one.indicators[0]?.target.value).toBeUndefined();
  });

  it('removes an emptied 二级 and an unknown basis rather than keeping them blank', () => {
    const one = addFromLibrary(empty, ENTRY);
    const next = setIndicatorField(setIndicatorField(one, 0, 'level2', ''), 0, 'basis', '');
    expect('level2' in (next.indicators[0] ?? {})).toBe(false);
    expect('basis' in (next.indicators[0] ?? {})).toBe(false);
  });

  it('marks ★ core and removes a row by its place', () => {
    const two = addBlankIndicator(addFromLibrary(empty, ENTRY), '效益指标');
    expect(setIndicatorField(two, 0, 'core', true).indicators[0]?.core).toBe(true);
    expect(removeIndicator(two, 0).indicators.map((r) => r.level1)).toEqual(['效益指标']);
  });

  it.each([
    [{ comparator: '>=' as const, value: '150', unit: '家' }, '≥150家'],
    [{ comparator: '<=' as const, value: '5', unit: '%' }, '≤5%'],
    [{ comparator: 'qualitative' as const, text: '效果明显' }, '效果明显'],
    [{ value: '3' }, '3'],
  ])('prints the target %j as %s', (target, text) => {
    expect(targetText(target)).toBe(text);
  });
});
