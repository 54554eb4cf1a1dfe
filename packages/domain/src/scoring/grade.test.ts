import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { getRuleSet } from '../rules/registry';
import { gradeBandsText, gradeFor, parseGrade } from './grade';

const mof = getRuleSet('mof-2020');

describe('grade bands 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60)', () => {
  it.each([
    ['100', 'excellent'],
    ['90', 'excellent'],
    ['89.99', 'good'],
    ['89.995', 'good'], // no rounding before banding
    ['80', 'good'],
    ['79.99', 'fair'],
    ['60', 'fair'],
    ['59.99', 'poor'],
    ['0', 'poor'],
  ])('total %s → %s', (total, key) => {
    expect(gradeFor(dec(total), mof).key).toBe(key);
  });
});

describe('reading a grade as documents write it', () => {
  it.each([
    ['良好', 'good'],
    ['“良好”', 'good'],
    ['良', 'good'],
    ['优秀', 'excellent'],
    ['优', 'excellent'],
    ['中', 'fair'],
    ['差', 'poor'],
  ])('%s is %s under beijing-2024', (text, key) => {
    expect(parseGrade(text, getRuleSet('beijing-2024'))?.key).toBe(key);
  });

  it('returns undefined for a word that is no grade', () => {
    expect(parseGrade('合格以上', mof)).toBeUndefined();
  });
});

describe('the bands in words, as a finding names them', () => {
  it('writes mof-2020 highest first: 优 from 90, 良 80 to 90, 中 60 to 80, 差 below 60', () => {
    expect(gradeBandsText(mof)).toBe('优 ≥90、良 80–90、中 60–80、差 <60');
  });
});
