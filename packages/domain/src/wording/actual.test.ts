import { describe, expect, it } from 'vitest';
import { readAchievedQuantity, readActual, tierOf } from './actual';

describe('readActual reads 实际完成值', () => {
  it.each([
    ['56个', { value: '56', text: '56个' }],
    ['171家', { value: '171', text: '171家' }],
    ['９８．５％', { value: '98.5', text: '９８．５％' }],
    ['完成98%', { value: '98', text: '完成98%' }],
    ['累计1,200人次', { value: '1200', text: '累计1,200人次' }],
    ['达到100%', { value: '100', text: '达到100%' }],
    ['效果较好', { text: '效果较好' }],
  ])('%s', (text, expected) => {
    expect(readActual(text)).toEqual(expected);
  });

  it('names the tier of a qualitative result', () => {
    expect(readActual('达成预期指标')).toEqual({ text: '达成预期指标', tier: 'met' });
    expect(readActual('部分达成年度指标并具有一定效果')?.tier).toBe('partlyMet');
    expect(readActual('未达成年度指标且效果较差')?.tier).toBe('notMet');
    expect(readActual('未达成')?.tier).toBe('notMet');
    expect(tierOf('已完成')).toBe('met');
    expect(tierOf('基本完成，个别活动顺延')).toBe('partlyMet');
    expect(tierOf('效果较好')).toBeUndefined();
    // A description containing 达到 is not a tier.
    expect(tierOf('受众满意度持续达到90%以上')).toBeUndefined();
  });

  it('reads "tier（words）" as the tier with the unit\'s own words, and brackets alone as words', () => {
    expect(readActual('达成年度指标（公众反响良好）')).toEqual({ text: '公众反响良好', tier: 'met' });
    expect(readActual('部分达成年度指标并具有一定效果(两场延期)')).toEqual({
      text: '两场延期',
      tier: 'partlyMet',
    });
    expect(readActual('效果（明显）')).toEqual({ text: '效果（明显）' });
  });

  it('is absent for an empty cell', () => {
    expect(readActual(' ')).toBeUndefined();
  });

  it('keeps the unit of an achieved figure for comparing it with the target', () => {
    expect(readAchievedQuantity('完成56个')).toEqual({ value: '56', unit: '个' });
    expect(readAchievedQuantity('3天')).toEqual({ value: '3', unit: '天' });
    expect(readAchievedQuantity('已完成')).toBeUndefined();
  });
});
