import { describe, expect, it } from 'vitest';
import { ListCache } from './list-cache';

describe('the list cache', () => {
  it('shares one read among the askers of one page while the change count stands still', async () => {
    const count = 7;
    let reads = 0;
    const cache = new ListCache<string>(() => count);
    const read = async () => `page ${++reads}`;
    const pages = await Promise.all([cache.page('a', read), cache.page('a', read), cache.page('a', read)]);
    expect(pages).toEqual(['page 1', 'page 1', 'page 1']);
    expect(await cache.page('a', read)).toBe('page 1');
    // Another statement (another page, another principal's scope) is another read.
    expect(await cache.page('b', read)).toBe('page 2');
  });

  it('reads again as soon as anything has started on the connection since', async () => {
    let count = 0;
    let reads = 0;
    const cache = new ListCache<number>(() => count);
    const read = async () => ++reads;
    expect(await cache.page('a', read)).toBe(1);
    count += 1;
    expect(await cache.page('a', read)).toBe(2);
    expect(await cache.page('a', read)).toBe(2);
    count += 1;
    expect(await cache.page('a', read)).toBe(3);
  });

  it('keeps no failed read: the next asker tries again', async () => {
    const cache = new ListCache<string>(() => 0);
    await expect(cache.page('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await cache.page('a', async () => 'read again')).toBe('read again');
  });
});
