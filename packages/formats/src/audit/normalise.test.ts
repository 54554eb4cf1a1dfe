import { findNumbers } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise';

describe('normaliseText', () => {
  it.each([
    ['full-width digits and percent', '执行率为４２．４２％', '执行率为42.42%'],
    ['thousands separators with ASCII commas', '预算收入4,631,052.88元', '预算收入4631052.88元'],
    ['a full-width comma stays a clause separator', '分别为12，34个', '分别为12，34个'],
    ['Word bookmark markup', '[bookmark: _Toc131175002]一、基本情况', '一、基本情况'],
    ['"？" left by a bad encoding after a number', '全年执行数1209.56？万元', '全年执行数1209.56万元'],
    ['"?" before the clause ends', '得分 5?，', '得分5，'],
    ['a decimal broken across a line end', '执行数1209.\n56万元', '执行数1209.56万元'],
    ['spaces around numbers in Chinese text', '年初预算数为 2931.88 万元', '年初预算数为2931.88万元'],
    ['ideographic space', '共\u30003\u3000家', '共3家'],
    ['traditional characters', '項目支出績效自評表，預算執行率', '项目支出绩效自评表，预算执行率'],
    ['pinyin after traditional characters', '衛(wèi)生項(xiàng)目', '卫生项目'],
    ['pinyin in full-width brackets', '指標（biāo）', '指标'],
    ['a toneless syllable in a text with toned pinyin', '執(zhí)行的(de)項(xiàng)目', '执行的项目'],
    ['look-alike signs', '完成率≧95%，偏差═0', '完成率≥95%，偏差=0'],
    ['a number with every character doubled', '执行率9955..2200%%', '执行率95.20%'],
    ['a decimal with every character doubled', '得分1122..55分', '得分12.5分'],
    ['a line of doubled characters from overlapping layers', '项项目目名名称称', '项目名称'],
  ])('normalises %s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps a list number alone on its line apart from the next line', () => {
    expect(normaliseText('1.\n2022年')).toBe('1.\n2022年');
  });

  it.each([
    ['a number that might be doubled but need not be', '共9944户', '共9944户'],
    ['a repeated token without proof', '资金650650元', '资金650650元'],
    ['Latin in brackets after Chinese that is no pinyin', '长度(km)，数(A)', '长度(km)，数(A)'],
    ['a toneless syllable when nothing else is annotated', '数量(a)', '数量(a)'],
    ['simplified text', '卫生院全年执行数后续发展', '卫生院全年执行数后续发展'],
    ['a short line of doubled characters (a real word)', '谢谢', '谢谢'],
  ])('keeps %s as written', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('keeps a real question mark that does not follow a number', () => {
    expect(normaliseText('是否完成？')).toBe('是否完成？');
  });

  it('is idempotent on any text (fuzz)', () => {
    const chars = fc.constantFrom(
      ...'0123456789０１２３４５６７８９.,，。？?%％万元亿个家 \t\n：:（）()[]bookmark_一二十两共其中占項衛wèiàng≧═'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (parts) => {
        const once = normaliseText(parts.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary unicode (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(typeof normaliseText(s)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any amount however it was written: full-width, grouped, spaced, with a stray "？" (fuzz)', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 99_999_999_999n }), fc.integer({ min: 0, max: 99 }))
      .map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`);
    fc.assert(
      fc.property(amount, fc.boolean(), fc.boolean(), fc.boolean(), (value, fullWidth, grouped, question) => {
        const [int = '0', frac = '00'] = value.split('.');
        let written = `${grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int}.${frac}`;
        if (fullWidth)
          written = written.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const text = `全年执行数为 ${written}${question ? '？' : ''}万元。`;
        const tokens = findNumbers(normaliseText(text));
        expect(tokens).toHaveLength(1);
        expect(tokens[0]?.value).toBe(value);
        expect(tokens[0]?.unit).toBe('wanYuan');
      }),
      { numRuns: 1000 },
    );
  });
});
