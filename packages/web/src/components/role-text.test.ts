import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en';
import { zh } from '../i18n/messages.zh';
import { translate } from '../i18n/translate';
import { roleText } from './role-text';

const tZh = (key: keyof typeof zh, params?: Record<string, string | number>) => translate(zh, key, params);
const tEn = (key: keyof typeof zh, params?: Record<string, string | number>) => translate(en, key, params);

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
