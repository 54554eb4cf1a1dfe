import { describe, expect, it } from 'vitest';
import { BYPASS_REQUESTS, ListCache, MISSES_BEFORE_BYPASS, SnapshotCache } from './list-cache';

/** A read that counts itself, under the snapshot given (the PGlite cache ignores it). */
function counting(snapshot: () => string = () => 's') {
  let reads = 0;
  return {
    read: async () => ({ value: ++reads, snapshot: snapshot() }),
    reads: () => reads,
  };
}

describe('the list cache on PGlite (change count)', () => {
  it('shares one read among the askers of one page while the change count stands still', async () => {
    const count = 7;
    const { read } = counting();
    const cache = new ListCache<number>(() => count);
    const pages = await Promise.all([cache.page('a', read), cache.page('a', read), cache.page('a', read)]);
    expect(pages).toEqual([1, 1, 1]);
    expect(await cache.page('a', read)).toBe(1);
    // Another statement (another page, another principal's scope) is another read.
    expect(await cache.page('b', read)).toBe(2);
  });

  it('reads again as soon as anything has started on the connection since', async () => {
    let count = 0;
    const { read } = counting();
    const cache = new ListCache<number>(() => count);
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
    expect(await cache.page('a', async () => ({ value: 'read again', snapshot: '' }))).toBe('read again');
  });
});

describe('the list cache on PostgreSQL (snapshot)', () => {
  it('answers the kept page while the database snapshot is the one it was read under', async () => {
    let now = '10:12:';
    let checks = 0;
    const cache = new SnapshotCache<number>(async () => {
      checks += 1;
      return now;
    });
    const r = counting(() => now);
    // The first asker reads (no check: nothing kept yet); the next two find it after one check each.
    expect(await cache.page('a', r.read)).toBe(1);
    expect(await cache.page('a', r.read)).toBe(1);
    expect(await cache.page('a', r.read)).toBe(1);
    expect([r.reads(), checks]).toEqual([1, 2]);
    // A transaction took an id (xmax moved): the page is read again, and that one is kept.
    now = '10:13:';
    expect(await cache.page('a', r.read)).toBe(2);
    expect(await cache.page('a', r.read)).toBe(2);
    expect(r.reads()).toBe(2);
  });

  it('reads again when a transaction running at the read has finished since (same xmax, fewer running)', async () => {
    let now = '10:13:10,12';
    const cache = new SnapshotCache<number>(async () => now);
    const r = counting(() => now);
    expect(await cache.page('a', r.read)).toBe(1);
    now = '10:13:10';
    expect(await cache.page('a', r.read)).toBe(2);
  });

  it('keeps each statement apart, and never uses a page read without a snapshot', async () => {
    const cache = new SnapshotCache<number>(async () => '');
    const r = counting(() => '');
    expect(await cache.page('a', r.read)).toBe(1);
    expect(await cache.page('a', r.read)).toBe(2);
    const s = new SnapshotCache<number>(async () => '5:5:');
    const t = counting(() => '5:5:');
    expect(await s.page('a', t.read)).toBe(1);
    expect(await s.page('b', t.read)).toBe(2);
    expect(await s.page('a', t.read)).toBe(1);
  });

  it('keeps no failed read: the kept page stays for the next asker', async () => {
    let now = '1:1:';
    const cache = new SnapshotCache<number>(async () => now);
    const r = counting(() => now);
    expect(await cache.page('a', r.read)).toBe(1);
    now = '1:2:';
    await expect(cache.page('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await cache.page('a', r.read)).toBe(2);
  });

  it('stops checking while every check misses (writes all the time), and checks again after a while', async () => {
    let tick = 0;
    let checks = 0;
    // Every statement sees a newer snapshot: a write landed between any two.
    const cache = new SnapshotCache<number>(async () => {
      checks += 1;
      tick += 1;
      return `${tick}:${tick}:`;
    });
    const r = counting(() => {
      tick += 1;
      return `${tick}:${tick}:`;
    });
    await cache.page('a', r.read); // nothing kept: read, no check
    for (let i = 0; i < MISSES_BEFORE_BYPASS; i++) await cache.page('a', r.read);
    expect(checks).toBe(MISSES_BEFORE_BYPASS); // 8 checks, 8 misses
    for (let i = 0; i < BYPASS_REQUESTS; i++) await cache.page('a', r.read);
    expect(checks).toBe(MISSES_BEFORE_BYPASS); // 32 reads without a check
    await cache.page('a', r.read);
    expect(checks).toBe(MISSES_BEFORE_BYPASS + 1); // checking again
    // 1 + 8 + 32 + 1 requests, every one a fresh read: never a stale page.
    expect(r.reads()).toBe(1 + MISSES_BEFORE_BYPASS + BYPASS_REQUESTS + 1);
  });

  it('goes on checking after a hit, however many misses came before it', async () => {
    let now = '1:1:';
    let checks = 0;
    const cache = new SnapshotCache<number>(async () => {
      checks += 1;
      return now;
    });
    const r = counting(() => now);
    await cache.page('a', r.read);
    for (let i = 0; i < MISSES_BEFORE_BYPASS - 1; i++) {
      now = `${i + 2}:${i + 2}:`;
      await cache.page('a', r.read); // a miss each (7 of them)
    }
    expect(await cache.page('a', r.read)).toBe(MISSES_BEFORE_BYPASS); // a hit: snapshot unchanged
    now = 'x:x:';
    await cache.page('a', r.read); // a miss, but the run was broken by the hit: still checking
    expect(checks).toBe(MISSES_BEFORE_BYPASS + 1);
    await cache.page('a', r.read);
    expect(checks).toBe(MISSES_BEFORE_BYPASS + 2);
  });
});
