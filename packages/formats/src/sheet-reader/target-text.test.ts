import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget, tierOf } from './target-text';

describe('parseTarget reads 年度指标值 as the sheets write it', () => {
  it.each([
    ['≥50个', { comparator: '>=', value: '50', unit: '个' }],
    ['≤90万元', { comparator: '<=', value: '90', unit: '万元' }],
    ['100%', { comparator: '=', value: '100', unit: '%' }],
    ['=0', { comparator: '=', value: '0' }],
    ['＝0起', { comparator: '=', value: '0', unit: '起' }],
    ['不低于95%', { comparator: '>=', value: '95', unit: '%' }],
    ['不超过 3 天', { comparator: '<=', value: '3', unit: '天' }],
    ['3天以内', { comparator: '<=', value: '3', unit: '天' }],
    ['1,200人次', { comparator: '=', value: '1200', unit: '人次' }],
    ['＞＝９８．５％', { comparator: '>=', value: '98.5', unit: '%' }],
    ['>=0.50', { comparator: '>=', value: '0.5' }],
  ])('%s', (text, expected) => {
    expect(parseTarget({ text })).toEqual({ ...expected, text });
  });

  it.each(['效果明显', '2022年12月底前', '逐步提高', '符合国家标准，验收合格'])(
    '%s is qualitative',
    (text) => {
      expect(parseTarget({ text })).toEqual({ comparator: 'qualitative', text });
    },
  );

  it('takes the comparator from 指标性质 and the unit from 度量单位 (Sichuan columns)', () => {
    expect(parseTarget({ text: '50', nature: '≤', unit: '万元' })).toEqual({
      comparator: '<=',
      value: '50',
      unit: '万元',
      text: '50',
    });
    expect(parseTarget({ text: '好', nature: '定性' })).toEqual({ comparator: 'qualitative', text: '好' });
    expect(parseTarget({ text: '95', nature: '定量', unit: '%' })).toEqual({
      comparator: '=',
      value: '95',
      unit: '%',
      text: '95',
    });
  });

  it('is absent for an empty cell', () => {
    expect(parseTarget({ text: '  ' })).toBeUndefined();
  });
});

describe('parseActual', () => {
  it('keeps the number of a quantity and no tier', () => {
    expect(parseActual('56个')).toEqual({ value: '56', text: '56个' });
  });
  it('names the tier of a qualitative result', () => {
    expect(parseActual('达成预期指标')).toEqual({ text: '达成预期指标', tier: 'met' });
    expect(parseActual('部分达成年度指标并具有一定效果')?.tier).toBe('partlyMet');
    expect(parseActual('未达成年度指标且效果较差')?.tier).toBe('notMet');
    expect(tierOf('已完成')).toBe('met');
    expect(tierOf('基本完成，个别活动顺延')).toBe('partlyMet');
    expect(tierOf('效果较好')).toBeUndefined();
    // A description containing 达到 is not a tier.
    expect(tierOf('受众满意度持续达到90%以上')).toBeUndefined();
  });
  it('reads "tier（words）" as the tier with the unit\'s own words, and brackets alone as words', () => {
    expect(parseActual('达成年度指标（公众反响良好）')).toEqual({ text: '公众反响良好', tier: 'met' });
    expect(parseActual('部分达成年度指标并具有一定效果(两场延期)')).toEqual({
      text: '两场延期',
      tier: 'partlyMet',
    });
    expect(parseActual('效果（明显）')).toEqual({ text: '效果（明显）' });
  });
});
