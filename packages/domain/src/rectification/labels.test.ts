import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { parseRectificationItem } from './labels';

const item = {
  source: { kind: 'manual' },
  fiscalYear: 2026,
  problem: '项目资金未按计划支出',
  measure: '制定支出计划，按月报送执行进度',
  deadline: '2026-12-31',
};

describe('a rectification item from outside', () => {
  it('is accepted when every field is right', () => {
    expect(parseRectificationItem(item)).toEqual(item);
  });

  it('is refused naming every bad field in Chinese', () => {
    let error: unknown;
    try {
      parseRectificationItem({ ...item, measure: '  ', deadline: '2026-02-30' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JixiaoError);
    const issues = error instanceof JixiaoError ? error.issues : [];
    expect(issues.map((i) => `${i.location?.label?.zh}：${i.message.text.zh}`)).toEqual([
      '整改要求：不能为空',
      '整改期限：须填写日期，格式为 年-月-日，例如 2026-12-01',
    ]);
  });
});
