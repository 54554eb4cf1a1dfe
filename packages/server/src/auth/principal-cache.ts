import type { Principal } from './sessions';

/**
 * The principal behind a session token, kept by this instance for at most PRINCIPAL_CACHE_MS.
 *
 * Why: every request needs its principal, and looking it up was one query per request — on the embedded
 * database, about as much CPU as the rest of reading one evaluation. Why it stays correct:
 * - on this instance, every state-changing request (any method but GET, HEAD, OPTIONS: logout, password
 *   change, users, roles, organisations, and everything else) empties the cache when it has finished, so
 *   what it changed is read again by the next request; a lookup that started before that is not kept;
 * - a session is never used past its expiry, cached or not;
 * - on PGlite only one process may open the data folder (db/data-lock.ts), so the rule above is exact;
 * - with several instances on one PostgreSQL, a change made through one instance (a logout, a removed role,
 *   a deactivated user) reaches the others within PRINCIPAL_CACHE_MS: a revoked session may be used for at
 *   most that long on another instance (packages/server/README.md, deployment).
 * Unknown and expired tokens are not cached: they are looked up every time.
 */
export const PRINCIPAL_CACHE_MS = 5_000;
/** Beyond this many sessions the cache starts again empty rather than grow. */
const MAX_ENTRIES = 10_000;

interface Entry {
  principal: Principal;
  /** Whichever comes first: the cache's limit or the session's expiry (ms since the epoch). */
  until: number;
}

export interface SessionLookup {
  principal: Principal;
  expiresAt: Date;
}

export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  /** Counts clears, so that a lookup running across one is not stored afterwards. */
  private generation = 0;

  constructor(
    private readonly ttlMs = PRINCIPAL_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached principal of the token, or the one `lookup` finds (kept when the cache was not cleared meanwhile). */
  async principal(
    token: string,
    lookup: () => Promise<SessionLookup | undefined>,
  ): Promise<Principal | undefined> {
    const hit = this.entries.get(token);
    if (hit && this.now() < hit.until) return hit.principal;
    if (hit) this.entries.delete(token);
    const generation = this.generation;
    const found = await lookup();
    if (!found || generation !== this.generation || this.ttlMs <= 0) return found?.principal;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    // Shared by the requests that find it here: frozen, so none can change what the next one sees.
    for (const grant of found.principal.grants) Object.freeze(grant);
    Object.freeze(found.principal.grants);
    this.entries.set(token, {
      principal: Object.freeze(found.principal),
      until: Math.min(this.now() + this.ttlMs, found.expiresAt.getTime()),
    });
    return found.principal;
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
