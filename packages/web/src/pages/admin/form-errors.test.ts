import { describe, expect, it } from 'vitest';
import { ApiError, CLIENT_ERROR } from '../../api/client';
import type { T } from '../../i18n/I18nProvider';
import { type FieldName, placeErrors } from './form-errors';

const t: T = (key) => `«${key}»`;
const invalid = (issues: { message: string; location?: { path?: string } }[]) =>
  new ApiError(400, 'INVALID_INPUT', '请求内容有 2 处不符合要求', issues, undefined);
const formHas =
  (...names: string[]) =>
  (name: FieldName) =>
    names.includes(name.join('.'));

describe('placeErrors', () => {
  it('puts each located sentence on its field, list rows by number, several on one field together', () => {
    const placed = placeErrors(
      t,
      invalid([
        { message: '姓名不能为空，最多 100 个字符', location: { path: 'displayName' } },
        { message: '单位填报人须指定一个单位', location: { path: 'roles.1.organisationId' } },
        { message: '另一句', location: { path: 'displayName' } },
      ]),
      formHas('displayName', 'roles.1.organisationId'),
    );
    expect(placed).toEqual({
      fields: [
        { name: ['displayName'], errors: ['姓名不能为空，最多 100 个字符', '另一句'] },
        { name: ['roles', 1, 'organisationId'], errors: ['单位填报人须指定一个单位'] },
      ],
      unplaced: [],
    });
  });

  it('keeps sentences about fields the form lacks, or about no field, for the alert', () => {
    const placed = placeErrors(
      t,
      invalid([{ message: '编号格式不正确', location: { path: 'parentId' } }, { message: '整体不行' }]),
      formHas('name'),
    );
    expect(placed).toEqual({ fields: [], unplaced: ['编号格式不正确', '整体不行'] });
  });

  it('shows a refusal without located issues as one sentence, and a network failure in the app’s words', () => {
    const conflict = new ApiError(409, 'CONFLICT', '「甲区科协」下还有 2 个用户，不能删除', [], undefined);
    expect(placeErrors(t, conflict, formHas('name')).unplaced).toEqual([
      '「甲区科协」下还有 2 个用户，不能删除',
    ]);
    const offline = new ApiError(0, CLIENT_ERROR.network, '', [], undefined);
    expect(placeErrors(t, offline, formHas('name')).unplaced).toEqual(['«error.network»']);
  });
});
