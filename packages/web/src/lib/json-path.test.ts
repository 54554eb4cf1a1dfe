import { describe, expect, it } from 'vitest';
import { formatPath, getAt, parsePath, setAt } from './json-path';

describe('json paths', () => {
  it('reads the notation findings use: indicators[3].target.value', () => {
    expect(parsePath('indicators[3].target.value')).toEqual(['indicators', 3, 'target', 'value']);
    expect(formatPath(['indicators', 3, 'target', 'value'])).toBe('indicators[3].target.value');
  });

  it('gets nested values and undefined for missing ones', () => {
    const doc = { funds: { total: { executed: '1209.56' } }, indicators: [{ name: 'a' }] };
    expect(getAt(doc, 'funds.total.executed')).toBe('1209.56');
    expect(getAt(doc, 'indicators[0].name')).toBe('a');
    expect(getAt(doc, 'indicators[5].name')).toBeUndefined();
  });

  it('sets a value without mutating the original and creates missing objects', () => {
    const doc = { funds: { total: {} } };
    const next = setAt(doc, 'funds.fiscalAppropriation.executed', '10');
    expect(next).toEqual({ funds: { total: {}, fiscalAppropriation: { executed: '10' } } });
    expect(doc).toEqual({ funds: { total: {} } });
    expect(next.funds.total).toBe(doc.funds.total);
  });

  it('removes a key when set to undefined', () => {
    expect(setAt({ a: { b: '1', c: '2' } }, 'a.b', undefined)).toEqual({ a: { c: '2' } });
  });
});
