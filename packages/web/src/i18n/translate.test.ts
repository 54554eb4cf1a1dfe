import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { zh } from './messages.zh';
import { interpolate, parseLang, translate } from './translate';

describe('i18n', () => {
  it('fills {placeholders} with the given values', () => {
    expect(interpolate('预算执行率 {rate}%，得 {score} 分', { rate: '42.42', score: '4.24' })).toBe(
      '预算执行率 42.42%，得 4.24 分',
    );
  });

  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(interpolate('共 {count} 条，第 {page} 页', { count: 3 })).toBe('共 3 条，第 {page} 页');
  });

  it('translates the same key into Chinese and English', () => {
    expect(translate(zh, 'signIn.submit')).toBe('登录');
    expect(translate(en, 'signIn.submit')).toBe('Sign in');
  });

  it('defaults to Chinese for anything but an explicit "en"', () => {
    expect(parseLang(null)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
    expect(parseLang('en')).toBe('en');
  });

  it('has an English text for every Chinese key and uses the same placeholders in both', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key], key).toBeTruthy();
      expect(names(en[key]), key).toEqual(names(zh[key]));
    }
  });

  it('writes no Chinese text in the English dictionary', () => {
    const han = /[\u4e00-\u9fff]/;
    const offenders = Object.entries(en).filter(([, v]) => han.test(v));
    expect(offenders).toEqual([]);
  });
});
