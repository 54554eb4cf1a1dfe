import { describe, expect, it } from 'vitest';
import { PrincipalCache, type SessionLookup } from './principal-cache';
import type { Principal } from './sessions';

const principal = (name: string): Principal => ({
  userId: name,
  username: name,
  displayName: name,
  mustChangePassword: false,
  sessionId: `s-${name}`,
  csrfToken: 'c',
  grants: [{ role: 'preparer', organisationId: 'o', path: '/o/' }],
});

/** A clock the test moves, and a lookup that counts its calls and answers what the test says. */
function setup(ttlMs = 5000) {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const cache = new PrincipalCache(ttlMs, () => now);
  const calls = { n: 0 };
  let answer: SessionLookup | undefined = { principal: principal('a'), expiresAt: new Date(now + 3_600_000) };
  const lookup = async () => {
    calls.n += 1;
    return answer;
  };
  const answers = (next: SessionLookup | undefined) => {
    answer = next;
  };
  return { cache, clock, calls, lookup, answers, now: () => now };
}

describe('the principal cache', () => {
  it('answers a token from memory within the time limit, with one lookup', async () => {
    const { cache, clock, calls, lookup } = setup();
    await cache.principal('t', lookup);
    clock.advance(4999);
    expect((await cache.principal('t', lookup))?.userId).toBe('a');
    expect(calls.n).toBe(1);
  });

  it('looks the token up again once the time limit has passed', async () => {
    const { cache, clock, calls, lookup, answers } = setup();
    await cache.principal('t', lookup);
    answers(undefined);
    clock.advance(5000);
    expect(await cache.principal('t', lookup)).toBeUndefined();
    expect(calls.n).toBe(2);
  });

  it('never answers for a session past its expiry, however recent the lookup', async () => {
    const { cache, clock, calls, lookup, answers, now } = setup();
    answers({ principal: principal('a'), expiresAt: new Date(now() + 1000) });
    await cache.principal('t', lookup);
    clock.advance(1000);
    await cache.principal('t', lookup);
    expect(calls.n).toBe(2);
  });

  it('looks every token up again after a clear', async () => {
    const { cache, calls, lookup } = setup();
    await cache.principal('t', lookup);
    cache.clear();
    await cache.principal('t', lookup);
    expect(calls.n).toBe(2);
  });

  it('does not keep a lookup that was running when the cache was cleared', async () => {
    const { cache, calls, lookup } = setup();
    await cache.principal('t', async () => {
      cache.clear();
      return lookup();
    });
    await cache.principal('t', lookup);
    expect(calls.n).toBe(2);
  });

  it('does not keep unknown tokens', async () => {
    const { cache, calls, lookup, answers } = setup();
    answers(undefined);
    await cache.principal('t', lookup);
    await cache.principal('t', lookup);
    expect(calls.n).toBe(2);
  });

  it('hands out a principal no request can change for the next', async () => {
    const { cache, lookup } = setup();
    const p = await cache.principal('t', lookup);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p?.grants)).toBe(true);
    expect(Object.isFrozen(p?.grants[0])).toBe(true);
  });
});
