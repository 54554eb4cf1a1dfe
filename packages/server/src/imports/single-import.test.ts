import { parseEvaluation } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { mismatchesOf, ruleSetFor, sameName } from './single-import';

describe('comparing an imported sheet with the unit and year it goes to', () => {
  it.each([
    ['西城区科协（本级）', '西城区科协', true],
    ['甲区科协本级', '甲区科协（本级）', true],
    ['甲区 科协', '甲区科协', true],
    ['ＡＢ单位', 'AB单位', true],
    ['重庆市璧山区科学技术局', '西城区科协（本级）', false],
    ['甲区科技馆', '甲区科协', false],
  ])('takes %s and %s for the same name: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });

  it('names the unit, the department and the year where they differ, and nothing left blank on either side', () => {
    expect(
      mismatchesOf(
        { unitName: '重庆市璧山区科学技术局', department: '重庆市璧山区', fiscalYear: 2022 },
        { unitName: '甲区科协本级', department: '甲区科协', fiscalYear: 2024 },
      ),
    ).toEqual(['unit', 'department', 'fiscalYear']);
    expect(
      mismatchesOf(
        { unitName: '甲区科协', fiscalYear: 2022 },
        { unitName: '甲区科协本级', department: '甲区科协' },
      ),
    ).toEqual([]);
  });
});

describe('the rule set an import keeps', () => {
  const unitWide = parseEvaluation({
    kind: 'unitWide',
    fiscalYear: 2022,
    unit: { name: '甲' },
    funds: { total: {} },
  });

  it('is the file’s own when the file names it, whatever the year’s assignment', () => {
    expect(ruleSetFor({ ...unitWide, ruleSet: 'chongqing-unit-wide' }, true, 'mof-2020')).toEqual({
      id: 'chongqing-unit-wide',
      from: 'file',
    });
  });

  it('is the year’s assignment when the file names none and the assignment fits the kind', () => {
    expect(ruleSetFor(unitWide, false, 'chongqing-unit-wide')).toEqual({
      id: 'chongqing-unit-wide',
      from: 'assignment',
    });
  });

  it('stays the default when the assignment is for the other kind or there is none', () => {
    expect(ruleSetFor(unitWide, false, 'beijing-2024')).toEqual({ id: 'mof-2020', from: 'default' });
    expect(ruleSetFor(unitWide, false, undefined)).toEqual({ id: 'mof-2020', from: 'default' });
  });
});
