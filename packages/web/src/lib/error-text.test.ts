import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { issuePathToDraftPath } from './error-text';
import { issueLines } from './issue-lines';

describe('server issues', () => {
  it('maps a body path of the server to the draft path the form uses', () => {
    expect(issuePathToDraftPath('evaluation.indicators.3.name')).toBe('indicators[3].name');
    expect(issuePathToDraftPath('evaluation.funds.total.executed')).toBe('funds.total.executed');
    expect(issuePathToDraftPath(undefined)).toBeUndefined();
  });

  it('writes each issue with sheet, row and column when the reader names them', () => {
    const err = new ApiError(
      400,
      'INVALID_INPUT',
      '文件有误',
      [
        { message: '不是数字', location: { sheet: '自评表', row: 12, column: 'F' } },
        { message: '缺少单位名称' },
      ],
      undefined,
    );
    expect(issueLines(err, 'zh')).toEqual(['工作表「自评表」，第 12 行，F 列：不是数字', '缺少单位名称']);
  });

  it('writes the place in English for the English UI (the server already sent the message in English)', () => {
    const err = new ApiError(
      400,
      'INVALID_INPUT',
      'the file has problems',
      [{ message: 'not a number', location: { sheet: '自评表', row: 12, column: 'F' } }],
      undefined,
    );
    // Only the sheet's own name, quoted, stays as written.
    expect(issueLines(err, 'en')).toEqual(['sheet "自评表", row 12, column F: not a number']);
  });
});
