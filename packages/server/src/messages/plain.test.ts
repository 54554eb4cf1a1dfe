import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

/** Every parameter a template reads, as "X": enough to render any message of the tables. */
const anyParams = new Proxy({}, { get: () => 'X' });
const rendered = (table: Record<string, (p: never) => string>) =>
  Object.entries(table).map(([key, template]) => [key, template(anyParams as never)] as const);

describe('the API’s messages, as people read them', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)(
    'name no API route (%s): a person is told what to do, not which request to send',
    (_, table) => {
      const withRoutes = rendered(table).filter(([, text]) =>
        /\b(GET|POST|PUT|PATCH|DELETE)\s+\/api\//.test(text),
      );
      expect(withRoutes).toEqual([]);
    },
  );

  it('tells a person who must change the initial password where to do it', () => {
    expect(zh['auth.changePasswordFirst']()).toBe('请先修改初始密码（点右上角「修改密码」），再进行其他操作');
  });
});
