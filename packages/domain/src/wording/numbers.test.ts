import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInYuan, findNumbers, parseChineseCount, plainDecimal, readDecimalText } from './numbers';

/** Writes n (0–9999) the way Chinese text does: 十, 十二, 二十三, 一百零五, 两千. */
function toChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n === 0) return '零';
  if (n >= 10 && n < 20) return `十${n % 10 === 0 ? '' : d[n % 10]}`;
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zero = false;
  let started = false;
  for (const [u, name] of units) {
    const q = Math.floor(n / u) % 10;
    if (q === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    started = true;
    out += (u === 1000 && q === 2 ? '两' : d[q]) + name;
  }
  return out;
}

describe('numbers', () => {
  it.each([
    ['1209.56万元', '1209.56', 'wanYuan'],
    ['4631052.88元', '4631052.88', 'yuan'],
    ['3亿元', '3', 'yiYuan'],
    ['13.2万，', '13.2', 'wanYuan'],
    ['42.42%', '42.42', 'percent'],
    ['提高5.6个百分点', '5.6', 'points'],
    ['得分94.24分', '94.24', 'score'],
    ['来宾32人次', '32', 'count'],
    ['十个单位', '10', 'count'],
    ['两家企业', '2', 'count'],
    ['二十三名', '23', 'count'],
  ])('reads %s as %s (%s)', (text, value, unit) => {
    const [t] = findNumbers(text);
    expect(t?.value).toBe(value);
    expect(t?.unit).toBe(unit);
  });

  it('keeps 42.42% (a share) apart from 42.42个百分点 (a difference)', () => {
    expect(findNumbers('42.42%')[0]?.unit).toBe('percent');
    expect(findNumbers('42.42个百分点')[0]?.unit).toBe('points');
  });

  it('converts 万元 and 亿元 to 元 exactly: 1209.56 万元 = 12095600 元, 0.0001 亿元 = 10000 元', () => {
    expect(amountInYuan({ value: '1209.56', unit: 'wanYuan' }).toFixed()).toBe('12095600');
    expect(amountInYuan({ value: '0.0001', unit: 'yiYuan' }).toFixed()).toBe('10000');
  });

  it('rejects strings of Chinese digits that are not numbers ("二三")', () => {
    expect(parseChineseCount('二三')).toBeUndefined();
    expect(parseChineseCount('十十')).toBeUndefined();
  });

  it('parses every Chinese count from 0 to 9999 back to its value (fuzz)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(parseChineseCount(toChinese(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every number in arbitrary text without throwing, each a plain decimal (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        for (const t of findNumbers(s)) {
          expect(plainDecimal(t.value)).toBe(t.value);
          expect(s.slice(t.start, t.end)).toBe(t.raw);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back any decimal written with any unit (fuzz)', () => {
    const value = fc
      .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }))
      .map(([i, f]) => (f === undefined ? String(i) : `${i}.${String(f).padStart(4, '0')}`));
    const unit = fc.constantFrom(
      ['万元', 'wanYuan'],
      ['元', 'yuan'],
      ['亿元', 'yiYuan'],
      ['%', 'percent'],
      ['分', 'score'],
    );
    fc.assert(
      fc.property(value, unit, (v, [written, kind]) => {
        const [t] = findNumbers(`合计${v}${written}。`);
        expect(t?.value).toBe(v);
        expect(t?.unit).toBe(kind);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readDecimalText reads one number typed into a cell or field', () => {
  it.each([
    ['2,931.88', '2931.88'],
    ['１２０９．５６', '1209.56'],
    [' 1，209.56 ', '1209.56'],
    ['4,631,052.88', '4631052.88'],
    ['12。5', '12.5'],
    ['+3', '3'],
    ['－0.5', '-0.5'],
    ['.5', '0.5'],
  ])('%s → %s', (text, expected) => {
    expect(readDecimalText(text)).toBe(expected);
  });

  it.each(['12a', '', '1,2', '十', '95%', '1.2.3'])('%s is not a number', (text) => {
    expect(readDecimalText(text)).toBeUndefined();
  });
});
