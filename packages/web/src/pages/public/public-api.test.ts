import { describe, expect, it } from 'vitest';
import { queryFromSearch } from './public-api';

describe('the public list filters read from the address', () => {
  it.each([
    ['', { page: 1, pageSize: 20 }],
    ['?year=2024&q=%E7%A7%91%E6%99%AE', { year: 2024, q: '科普', page: 1, pageSize: 20 }],
    [
      '?region=甲区财政局&department=甲区科协&unit=甲区科协本级&kind=declaration&page=3',
      {
        region: '甲区财政局',
        department: '甲区科协',
        unit: '甲区科协本级',
        kind: 'declaration',
        page: 3,
        pageSize: 20,
      },
    ],
    // Nonsense is dropped rather than sent: a year that is no number, an unknown kind, page 0, blank search.
    ['?year=abc&kind=secret&page=0&q=%20%20', { page: 1, pageSize: 20 }],
  ])('%s', (search, expected) => {
    expect(queryFromSearch(new URLSearchParams(search))).toEqual(expected);
  });
});
