import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from '../model/evaluation';
import { readActual } from './actual';
import { normaliseWording } from './characters';
import { natureComparator, readQuantity, readTarget, renderTarget } from './target';

/** Expected reading: comparator, exact value, unit ('' for none); or 定性. */
type Reading = readonly ['>=' | '<=' | '=', string, string] | 'qualitative';

function expectReading(text: string, reading: Reading): void {
  const expected: Target =
    reading === 'qualitative'
      ? { comparator: 'qualitative', text: text.trim() }
      : {
          comparator: reading[0],
          value: reading[1],
          text: text.trim(),
          ...(reading[2] ? { unit: reading[2] } : {}),
        };
  expect(readTarget(text)).toEqual(expected);
}

/**
 * 年度指标值 as real forms write them: the 池州/四川/湖北/重庆 sheets, the reports in the corpus and the
 * official templates. Each reading is worked out from the words, not from the code.
 */
const PHRASINGS: ReadonlyArray<readonly [string, Reading]> = [
  // The strings issue 9 names.
  ['3天以内', ['<=', '3', '天']],
  ['不小于95%', ['>=', '95', '%']],
  ['50个以上', ['>=', '50', '个']],
  ['≧100%', ['>=', '100', '%']],
  ['═100%', ['=', '100', '%']],
  // Signs in front.
  ['≥50个', ['>=', '50', '个']],
  ['≤90万元', ['<=', '90', '万元']],
  ['≥95%', ['>=', '95', '%']],
  ['≥ 95 %', ['>=', '95', '%']],
  ['>= 75 %', ['>=', '75', '%']],
  ['>= 98 %', ['>=', '98', '%']],
  ['>=21933人', ['>=', '21933', '人']],
  ['>=59人次', ['>=', '59', '人次']],
  ['>=530元/人*月', ['>=', '530', '元/人*月']],
  ['<=5300元/户', ['<=', '5300', '元/户']],
  ['≤5300 元', ['<=', '5300', '元']],
  ['≤100%', ['<=', '100', '%']],
  ['≤ 0.4', ['<=', '0.4', '']],
  ['≤0', ['<=', '0', '']],
  ['≤94', ['<=', '94', '']],
  ['≥120米', ['>=', '120', '米']],
  ['≥15年', ['>=', '15', '年']],
  ['≥200平方米', ['>=', '200', '平方米']],
  ['≥8400元', ['>=', '8400', '元']],
  ['≥12种', ['>=', '12', '种']],
  ['≥100岁', ['>=', '100', '岁']],
  ['≥ 14726.', ['>=', '14726', '']],
  ['≧1000亩', ['>=', '1000', '亩']],
  ['≧15组', ['>=', '15', '组']],
  ['≧300户', ['>=', '300', '户']],
  ['≧60个', ['>=', '60', '个']],
  ['≧90%', ['>=', '90', '%']],
  ['≦5%', ['<=', '5', '%']],
  ['≦3天', ['<=', '3', '天']],
  ['≤3天', ['<=', '3', '天']],
  ['<=3天', ['<=', '3', '天']],
  ['＞＝９８．５％', ['>=', '98.5', '%']],
  ['＜＝１０天', ['<=', '10', '天']],
  ['＝0起', ['=', '0', '起']],
  ['=0', ['=', '0', '']],
  ['=100%', ['=', '100', '%']],
  ['══100%', ['=', '100', '%']],
  ['>0', ['>=', '0', '']],
  ['＞90%', ['>=', '90', '%']],
  ['<5%', ['<=', '5', '%']],
  ['＜3次', ['<=', '3', '次']],
  // Words in front.
  ['不低于95%', ['>=', '95', '%']],
  ['不少于12 种', ['>=', '12', '种']],
  ['不少于6 种', ['>=', '6', '种']],
  ['不少于500人次', ['>=', '500', '人次']],
  ['不小于90分', ['>=', '90', '分']],
  ['不超过 3 天', ['<=', '3', '天']],
  ['不超过预算', 'qualitative'],
  ['不高于5%', ['<=', '5', '%']],
  ['不多于2起', ['<=', '2', '起']],
  ['不大于1%', ['<=', '1', '%']],
  ['大于等于90%', ['>=', '90', '%']],
  ['大于或等于85%', ['>=', '85', '%']],
  ['小于等于10万元', ['<=', '10', '万元']],
  ['大于30%', ['>=', '30', '%']],
  ['小于5次', ['<=', '5', '次']],
  ['低于5%', ['<=', '5', '%']],
  ['高于上年', 'qualitative'],
  ['超过80%', ['>=', '80', '%']],
  ['达到100%', ['>=', '100', '%']],
  ['达到5亿元', ['>=', '5', '亿元']],
  ['至少2次', ['>=', '2', '次']],
  ['最多3家', ['<=', '3', '家']],
  ['等于100%', ['=', '100', '%']],
  ['控制在5%以内', ['<=', '5', '%']],
  // Words after.
  ['2天以内', ['<=', '2', '天']],
  ['15个工作日以内', ['<=', '15', '个工作日']],
  ['30日之内', ['<=', '30', '日']],
  ['90%以上', ['>=', '90', '%']],
  ['95%及以上', ['>=', '95', '%']],
  ['100周岁及以上', ['>=', '100', '周岁']],
  ['70周岁以上', ['>=', '70', '周岁']],
  ['5%以下', ['<=', '5', '%']],
  ['3%及以下', ['<=', '3', '%']],
  ['1000人次以上', ['>=', '1000', '人次']],
  ['达到90%以上', ['>=', '90', '%']],
  // No sign: the figure itself, read as "=".
  ['100%', ['=', '100', '%']],
  ['50个', ['=', '50', '个']],
  ['1,200人次', ['=', '1200', '人次']],
  ['4,631,052.88元', ['=', '4631052.88', '元']],
  ['2.38万元', ['=', '2.38', '万元']],
  ['1.2万亩', ['=', '1.2', '万亩']],
  ['5830元/户', ['=', '5830', '元/户']],
  ['583元/人*月', ['=', '583', '元/人*月']],
  ['204.46平方米', ['=', '204.46', '平方米']],
  ['0次', ['=', '0', '次']],
  ['168起', ['=', '168', '起']],
  ['32座', ['=', '32', '座']],
  ['1', ['=', '1', '']],
  ['5.6个百分点', ['=', '5.6', '个百分点']],
  ['１２３家', ['=', '123', '家']],
  // Chinese numerals with a counter word.
  ['三个以上', ['>=', '3', '个']],
  ['不少于两家', ['>=', '2', '家']],
  ['十二项', ['=', '12', '项']],
  // 定性: words, dates, ranges, placeholders.
  ['效果明显', 'qualitative'],
  ['逐步提高', 'qualitative'],
  ['提高就业率', 'qualitative'],
  ['好', 'qualitative'],
  ['一般', 'qualitative'],
  ['十分明显', 'qualitative'],
  ['符合国家标准，验收合格', 'qualitative'],
  ['2022年12月底前', 'qualitative'],
  ['12月底前', 'qualitative'],
  ['9月前', 'qualitative'],
  ['10月', 'qualitative'],
  ['30日', 'qualitative'],
  ['30日前', 'qualitative'],
  ['2023年底', 'qualitative'],
  ['2023年', 'qualitative'],
  ['2023年5月1日', 'qualitative'],
  ['90%-100%', 'qualitative'],
  ['3~5天', 'qualitative'],
  ['1:1', 'qualitative'],
  ['≥**人次', 'qualitative'],
  ['每亩100', 'qualitative'],
  ['有效提升群众满意度', 'qualitative'],
];

describe('readTarget reads 年度指标值 as real forms write it', () => {
  it('has at least 80 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(80);
  });
  it.each(PHRASINGS)('%s', (text, reading) => expectReading(text, reading));

  it('takes the comparator from 指标性质 and the unit from 度量单位 (Sichuan columns)', () => {
    expect(readTarget({ text: '50', nature: '≤', unit: '万元' })).toEqual({
      comparator: '<=',
      value: '50',
      unit: '万元',
      text: '50',
    });
    expect(readTarget({ text: '好', nature: '定性' })).toEqual({ comparator: 'qualitative', text: '好' });
    expect(readTarget({ text: '95', nature: '定量', unit: '%' })).toEqual({
      comparator: '=',
      value: '95',
      unit: '%',
      text: '95',
    });
    expect(readTarget({ text: '效果明显', unit: '%' })).toEqual({
      comparator: 'qualitative',
      text: '效果明显',
      unit: '%',
    });
  });

  it('leaves the comparator blank where the 指标性质 column is blank and the figure has no sign', () => {
    expect(readTarget({ text: '150', nature: '', unit: '家' })).toEqual({
      value: '150',
      unit: '家',
      text: '150',
    });
    expect(readTarget({ text: '≥150', nature: ' ', unit: '家' })).toEqual({
      comparator: '>=',
      value: '150',
      unit: '家',
      text: '≥150',
    });
    expect(readTarget({ text: '150家' })).toEqual({
      comparator: '=',
      value: '150',
      unit: '家',
      text: '150家',
    });
  });

  it('is absent for an empty cell', () => {
    expect(readTarget('  ')).toBeUndefined();
    expect(readTarget({ text: '' })).toBeUndefined();
  });
});

describe('natureComparator reads the 指标性质 column', () => {
  it.each([
    ['≥', '>='],
    ['＞＝', '>='],
    ['正向指标', '>='],
    ['≤', '<='],
    ['反向', '<='],
    ['=', '='],
    ['等于', '='],
    ['定性指标', 'qualitative'],
    ['定量指标', undefined],
    ['', undefined],
  ])('%s → %s', (nature, expected) => {
    expect(natureComparator(nature)).toBe(expected);
  });
});

describe('wording invariants', () => {
  const wordingChars = fc.constantFrom(
    ...'0123456789０１２３４５６７８９.．,，%％ 　≥≤≧≦═=＝<>＜＞个天万元以上以下以内不低于超过达到年月定性'.split(
      '',
    ),
  );
  const wording = fc.array(wordingChars, { maxLength: 16 }).map((cs) => cs.join(''));

  it('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(wording, fc.string()), (text) => {
        const once = normaliseWording(text);
        expect(normaliseWording(once)).toBe(once);
      }),
    );
  });

  it('never throws, and reads a value only as an exact decimal string', () => {
    fc.assert(
      fc.property(fc.oneof(wording, fc.string(), fc.string({ unit: 'binary' })), (text) => {
        const target = readTarget(text);
        if (target?.value !== undefined) expect(target.value).toMatch(/^-?\d+(\.\d+)?$/);
        const actual = readActual(text);
        if (actual?.value !== undefined) expect(actual.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
  });

  it('a rendered target reads back to itself', () => {
    const sign = fc.constantFrom('>=' as const, '<=' as const, '=' as const);
    const value = fc
      .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }))
      .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(2, '0').replace(/0$/, '')}`));
    const unit = fc.constantFrom(undefined, '%', '个', '家', '名', '人次', '万元', '天', '个百分点', '元/户');
    fc.assert(
      fc.property(sign, value, unit, (comparator, v, u) => {
        const target: Target = { comparator, value: v, ...(u ? { unit: u } : {}) };
        const text = renderTarget(target) ?? '';
        expect(readTarget(text)).toEqual({ ...target, text });
      }),
    );
  });

  it('the same words typed full-width or with spaces read the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHRASINGS.map(([t]) => t)), (text) => {
        const wide = text.replace(/[0-9%=<>]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(readQuantity(wide)).toEqual(readQuantity(text));
      }),
    );
  });
});
