import { describe, expect, it } from 'vitest';
import { changesOf } from './audit';

describe('changesOf: what an audit line stores for an update', () => {
  it.each([
    ['nothing for equal documents', { a: { b: [1, 2] } }, { a: { b: [1, 2] } }, { before: {}, after: {} }],
    [
      'one changed leaf by its path',
      { funds: { total: { executed: '1.00' } } },
      { funds: { total: { executed: '2.00' } } },
      { before: { 'funds/total/executed': '1.00' }, after: { 'funds/total/executed': '2.00' } },
    ],
    [
      'an added key on the after side only',
      { a: 1 },
      { a: 1, comment: '同意' },
      { before: {}, after: { comment: '同意' } },
    ],
    ['a removed key on the before side only', { a: 1, b: 'x' }, { a: 1 }, { before: { b: 'x' }, after: {} }],
    [
      'an array grown by one row as that row',
      { rows: [{ v: 1 }] },
      { rows: [{ v: 1 }, { v: 2 }] },
      { before: {}, after: { 'rows/1': { v: 2 } } },
    ],
    [
      'a changed type as the whole value',
      { a: [1] },
      { a: { x: 1 } },
      { before: { a: [1] }, after: { a: { x: 1 } } },
    ],
    ['a null turned into a value', { a: null }, { a: '3' }, { before: { a: null }, after: { a: '3' } }],
    [
      'slashes and tildes escaped in keys',
      { 'a/b': 1, '~': 1 },
      { 'a/b': 2, '~': 2 },
      { before: { 'a~1b': 1, '~0': 1 }, after: { 'a~1b': 2, '~0': 2 } },
    ],
    [
      'dates as the strings jsonb holds, unchanged when equal',
      { at: new Date('2026-01-01T00:00:00Z') },
      { at: new Date('2026-01-01T00:00:00Z') },
      { before: {}, after: {} },
    ],
  ])('stores %s', (_, before, after, expected) => {
    expect(changesOf(before, after)).toEqual(expected);
  });

  it('keeps a one-figure change of a large document small', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ name: `指标${i}`, actual: String(i) }));
    const changed = rows.map((r, i) => (i === 4321 ? { ...r, actual: '99' } : r));
    const changes = changesOf({ rows }, { rows: changed });
    expect(changes).toEqual({ before: { 'rows/4321/actual': '4321' }, after: { 'rows/4321/actual': '99' } });
  });
});
