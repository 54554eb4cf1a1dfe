import { describe, expect, it } from 'vitest';
import { call, fillPath } from './openapi';

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

describe('call (checked by tsc: each line below must not compile)', () => {
  it('refuses a route, a body or an answer the generated description does not have', () => {
    const wrong = [
      // @ts-expect-error no such route
      () => call('get', '/api/nothing'),
      // @ts-expect-error the session is not changed by PUT
      () => call('put', '/api/session'),
      // @ts-expect-error the user name is a string
      () => call('post', '/api/session', { body: { username: 1, password: 'x' } }),
      // @ts-expect-error the evaluation needs its id
      () => call('get', '/api/evaluations/{id}', { params: {} }),
      async () => {
        // @ts-expect-error the session answer's csrfToken is a string
        const token: number = (await call('get', '/api/session')).csrfToken;
        return token;
      },
    ];
    expect(wrong).toHaveLength(5);
  });
});
