import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/dictionary';
import { fieldLabel } from './field-label';

const tZh = translator('zh');
const tEn = translator('en');

describe('fieldLabel', () => {
  it('names funds cells by row and column as the official table does', () => {
    expect(fieldLabel('funds.total.executed', tZh)).toBe('年度资金总额 全年执行数');
    expect(fieldLabel('funds.total.executed', tEn)).toBe('Total funds Executed');
  });
  it('names indicator cells by 1-based row', () => {
    expect(fieldLabel('indicators[2].name', tZh)).toBe('绩效指标 第 3 行 三级指标');
    expect(fieldLabel('indicators[0]', tZh)).toBe('绩效指标 第 1 行');
  });
  it('names a field it has no words of its own for as the domain labels it, never by its path', () => {
    expect(fieldLabel('indicators', tZh, 'zh')).toBe('绩效指标');
    expect(fieldLabel('indicators', tEn, 'en')).toBe('indicators');
    expect(fieldLabel('meta.source', tZh, 'zh')).toBe('附加信息「来源」');
    expect(fieldLabel('stated.totalScore', tEn, 'en')).toBe(
      'results stated in the sheet "self-evaluation score"',
    );
  });
});
