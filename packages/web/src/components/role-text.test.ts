import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/dictionary';
import { roleText } from './role-text';

const tZh = translator('zh');
const tEn = translator('en');

describe('the role tag', () => {
  it('names the organisation a role is held at', () => {
    expect(roleText(tZh, { role: 'preparer', organisationName: '西城区科协（本级）' })).toBe(
      '单位填报人（西城区科协（本级））',
    );
  });

  it('reads 系统管理员 for an administrator held at no organisation, with no empty brackets', () => {
    expect(roleText(tZh, { role: 'admin' })).toBe('系统管理员');
    expect(roleText(tEn, { role: 'admin' })).toBe('Administrator');
  });

  it('shows the role alone when the organisation name could not be looked up', () => {
    expect(roleText(tZh, { role: 'financeReviewer', organisationName: '' })).toBe('财政局审核人');
  });
});
