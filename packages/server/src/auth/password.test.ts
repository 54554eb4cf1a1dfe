import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';
import { usernameKey } from './username';

describe('the password rules', () => {
  it.each([
    // [password, the message key it is refused with, or undefined when accepted]
    ['1a', 'password.tooShort'],
    ['Abcdefgh-12', 'password.tooShort'], // 11 characters
    ['Abcdefgh-123', undefined], // 12, four classes
    ['abcdefgh-123', undefined], // 12, three classes (lower, digit, symbol)
    ['abcdefgh1234', 'password.tooFewClasses'], // 12, two classes
    ['abcdefghijklmno', 'password.tooFewClasses'], // 15, one class: not yet a passphrase
    ['correct horse battery', undefined], // passphrase of 21
    ['一二三四五六七八九十甲乙丙丁戊己', undefined], // passphrase of 16 Chinese characters
    ['          ', 'password.tooShort'], // ten spaces
    ['                ', 'password.tooRepetitive'], // sixteen spaces
    ['abababababababab', 'password.tooRepetitive'], // 16, two different characters
    ['password12', 'password.common'],
    ['admin12345', 'password.common'],
    ['Password1234', 'password.common'], // common once lower-cased
    ['ＰＡＳＳＷＯＲＤ１２３４', 'password.common'], // full width, common after NFKC
    ['qwertyuiop123', 'password.common'],
    ['Welcome2026!', 'password.common'],
  ])('%j → %s', (password, key) => {
    expect(passwordProblem(password)?.key).toBe(key);
  });

  it('counts characters, not UTF-16 units: five emoji and six letters (16 units) are too short', () => {
    expect(passwordProblem('😀😀😀😀😀a1B-xy')?.key).toBe('password.tooShort');
  });
});

describe('the username key', () => {
  it.each([
    ['admin', 'admin'],
    ['Admin', 'admin'],
    ['ＡＤＭＩＮ', 'admin'],
    ['ａｄｍｉｎ', 'admin'],
    ['张三', '张三'],
  ])('%s → %s', (name, key) => {
    expect(usernameKey(name)).toBe(key);
  });
});
