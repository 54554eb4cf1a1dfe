import { describe, expect, it } from 'vitest';
import { stringsIn, untranslatedLines } from './english-only';

describe('untranslatedLines', () => {
  const glosses = [
    { zh: '产出指标', en: 'output indicators' },
    { zh: '其他效益指标', en: 'other benefit indicators' },
  ];
  const data = ['效益指标', '西城区科协', '评价报告：支出率100%', '评价报告：“项目产出50.45分”'];
  const cases: [string, string, boolean][] = [
    ['plain English', 'cannot read file "missing.json": file not found', false],
    ['a file name quoted with ASCII quotes', 'cannot read file "自评表.xlsx"', false],
    ['a cell quoted with corner brackets', 'the cell 「约100」 is not a number', false],
    ['a phrase quoted with curly quotes', 'the words “优秀” are accepted', false],
    ['a name from the input, unquoted in a table', 'Unit  西城区科协  2024', false],
    ['a reason from the input with its full-width punctuation', 'reason: 评价报告：支出率100%', false],
    ['a reason from the input holding quotes of its own', 'reason: 评价报告：“项目产出50.45分”. By', false],
    ['an official name after its gloss', 'output indicators (产出指标)  50', false],
    ['an official name before its gloss', '产出指标 (output indicators)  50', false],
    ['an official name without its gloss', '产出指标  50', true],
    ['a glossed name holding a datum', 'parts: other benefit indicators (其他效益指标)  20', false],
    ['an untranslated sentence', 'Error: 无法读取文件', true],
    ['Chinese punctuation outside quotes', 'file "a.json"：missing', true],
    ['a quote left open on the line', 'file "a.json：缺少', true],
    ['part of a datum only', 'Unit 西城区', true],
  ];
  for (const [what, line, flagged] of cases) {
    it(`${flagged ? 'flags' : 'accepts'} ${what}`, () => {
      expect(untranslatedLines(line, { data, glosses })).toEqual(flagged ? [line] : []);
    });
  }

  it('lists only the lines that still hold Chinese', () => {
    expect(untranslatedLines('ok\n中文\nfine "中"', {})).toEqual(['中文']);
  });
});

describe('stringsIn', () => {
  it('collects every string of a nested value, not keys or numbers', () => {
    expect(stringsIn({ a: '甲', b: [1, '乙', { c: '丙' }], d: null, 单位: 2 })).toEqual(['甲', '乙', '丙']);
  });
});
