import { describe, expect, it } from 'vitest';
import { fillPath } from './openapi';

describe('fillPath', () => {
  it.each([
    ['/api/evaluations/{id}', { id: 'e1' }, '/api/evaluations/e1'],
    ['/api/evaluations/{id}/history', { id: '审核/1' }, '/api/evaluations/%E5%AE%A1%E6%A0%B8%2F1/history'],
    ['/api/fiscal-years/{year}', { year: 2024 }, '/api/fiscal-years/2024'],
    ['/api/session', undefined, '/api/session'],
  ])('%s with %o gives %s', (path, params, expected) => {
    expect(fillPath(path, params)).toBe(expected);
  });

  it('refuses a path whose parameter is missing', () => {
    expect(() => fillPath('/api/evaluations/{id}', {})).toThrow('missing path parameter id');
  });
});
