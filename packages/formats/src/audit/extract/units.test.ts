import { describe, expect, it } from 'vitest';
import { declaredAmountUnit } from './units';

describe('declaredAmountUnit', () => {
  it.each([
    ['预算执行情况(万元)', 'wanYuan'],
    ['项目资金（万元）', 'wanYuan'],
    ['资金情况（元）', 'yuan'],
    ['单位：万元', 'wanYuan'],
    ['金额单位:元', 'yuan'],
    ['单位（亿元）', 'yiYuan'],
    ['(单位:万元)', 'wanYuan'],
  ] as const)('reads %s as %s', (text, unit) => {
    expect(declaredAmountUnit(text)).toBe(unit);
  });

  it('takes the first declaration of the header', () => {
    expect(declaredAmountUnit('资金情况(元) | 年初预算数 | 说明：另有200万元')).toBe('yuan');
  });

  it.each([
    ['an amount with its unit is no declaration', '全年执行数200万元'],
    ['a unit name is no declaration', '单位名称：某县教育局'],
    ['nothing declared', '年初预算数 | 全年执行数'],
  ])('declares nothing when %s', (_name, text) => {
    expect(declaredAmountUnit(text)).toBeUndefined();
  });
});
