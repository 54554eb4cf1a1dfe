import { describe, expect, it } from 'vitest';
import { fileNameFrom, parseErrorBody, withQuery } from './client';

describe('api client helpers', () => {
  it('reads the server error shape with code, Chinese message, field and issues', () => {
    const err = parseErrorBody(409, {
      error: {
        code: 'CONFLICT',
        message: '该自评已被他人修改',
        field: 'version',
        issues: [{ message: 'x' }],
      },
    });
    expect([err.status, err.code, err.message, err.field, err.issues.length]).toEqual([
      409,
      'CONFLICT',
      '该自评已被他人修改',
      'version',
      1,
    ]);
  });

  it('gives a stable code for an error body it cannot read', () => {
    expect(parseErrorBody(502, undefined).code).toBe('HTTP_502');
  });

  it('leaves out empty query values', () => {
    expect(withQuery('/api/evaluations', { fiscalYear: 2022, status: '', grade: undefined })).toBe(
      '/api/evaluations?fiscalYear=2022',
    );
  });

  it('takes the UTF-8 file name of a download (Chinese names)', () => {
    expect(
      fileNameFrom('attachment; filename="report.docx"; filename*=UTF-8\'\'%E8%87%AA%E8%AF%84.docx'),
    ).toBe('自评.docx');
    expect(fileNameFrom('attachment; filename="sheet.xlsx"')).toBe('sheet.xlsx');
  });
});
