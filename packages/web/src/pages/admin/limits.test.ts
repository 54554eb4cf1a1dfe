import { openApiJson } from '@jixiao/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_LIMITS, ORGANISATION_CODE_PATTERN, REGION_CODE_PATTERN, USERNAME_PATTERN } from './limits';

interface Property {
  maxLength?: number;
  minLength?: number;
  pattern?: string;
}
type Document = {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content: { 'application/json': { schema: { properties: Record<string, Property> } } };
        };
      }
    >
  >;
};

describe('the administration forms’ limits', () => {
  let doc: Document;
  const bodyOf = (path: string, method: string) => {
    const body = doc.paths[path]?.[method]?.requestBody?.content['application/json'].schema.properties;
    if (!body) throw new Error(`no body for ${method} ${path}`);
    return body;
  };
  beforeAll(async () => {
    doc = JSON.parse(await openApiJson());
  });

  it('allow the 姓名 length the user routes accept', () => {
    expect(bodyOf('/api/users', 'post').displayName?.maxLength).toBe(ADMIN_LIMITS.displayNameMax);
    expect(bodyOf('/api/users/{id}', 'patch').displayName?.maxLength).toBe(ADMIN_LIMITS.displayNameMax);
  });

  it('allow the username lengths and characters the server’s pattern accepts', () => {
    const pattern = new RegExp(bodyOf('/api/users', 'post').username?.pattern ?? 'missing');
    const longest = 'a'.repeat(ADMIN_LIMITS.usernameMax);
    expect(pattern.test(longest)).toBe(true);
    expect(pattern.test(`${longest}a`)).toBe(false);
    expect(pattern.test('a'.repeat(ADMIN_LIMITS.usernameMin))).toBe(true);
    expect(pattern.test('a'.repeat(ADMIN_LIMITS.usernameMin - 1))).toBe(false);
    for (const name of ['zhang.san@czj', 'li_si-2', '张三', 'a b'])
      expect(USERNAME_PATTERN.test(name)).toBe(pattern.test(name));
  });

  it('allow the organisation name, code and region the organisation routes accept', () => {
    for (const [path, method] of [
      ['/api/organisations', 'post'],
      ['/api/organisations/{id}', 'patch'],
    ] as const) {
      const body = bodyOf(path, method);
      expect(body.name?.maxLength).toBe(ADMIN_LIMITS.organisationNameMax);
      expect(body.code?.maxLength).toBe(ADMIN_LIMITS.organisationCodeMax);
      const code = new RegExp(body.code?.pattern ?? 'missing');
      const region = new RegExp(body.regionCode?.pattern ?? 'missing');
      for (const text of ['12500227MB1234567X', '101-001', '单位1', '1 2', ''])
        expect(ORGANISATION_CODE_PATTERN.test(text)).toBe(code.test(text));
      for (const text of ['500227', '50022', '5002270', 'abcdef'])
        expect(REGION_CODE_PATTERN.test(text)).toBe(region.test(text));
    }
  });
});
