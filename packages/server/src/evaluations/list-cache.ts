/**
 * List pages kept by this instance, each valid for as long as nothing could have changed what it shows.
 * Two ways of knowing that, one per database; both keep a page under its statement (text and parameters,
 * which name the principal's scope, the filter and the page), so only the data can make it stale.
 */
const MAX_PAGES = 500;

/** A page as read, with the snapshot it was read under (`pg_current_snapshot()` as text, same statement). */
export interface Snapshotted<T> {
  value: T;
  snapshot: string;
}

/** What the list asks of either cache. */
export interface PageCache<T> {
  /** The page kept under `key` while still valid, or the one `read` gives (then kept). */
  page(key: string, read: () => Promise<Snapshotted<T>>): Promise<T>;
}

/**
 * PGlite: pages kept while nothing has been written. Every statement passes through this process
 * (db/data-lock.ts: one process per data folder) and db/connect.ts counts them (`changeCount`). A page is
 * kept with the count when it was asked for; once anything else has started on the connection — a save, a
 * transition, an import, a session lookup, a job poll — the count has moved and every kept page is dropped.
 *
 * Why it is exact: a page asked for at count c is read by a statement queued after every statement started
 * before that moment (PGlite runs them one at a time, in order), so it shows everything written before it was
 * asked for. A later request finds it only while the count is still c, that is when no statement at all has
 * started since: nothing could have changed what it shows. Requests that arrive while the page is being read
 * share that one read, by the same argument.
 */
export class ListCache<T> implements PageCache<T> {
  private pages = new Map<string, Promise<T>>();
  private at = -1;

  constructor(private readonly changeCount: () => number) {}

  page(key: string, read: () => Promise<Snapshotted<T>>): Promise<T> {
    const now = this.changeCount();
    if (now !== this.at || this.pages.size >= MAX_PAGES) {
      this.pages = new Map();
      this.at = now;
    }
    const kept = this.pages.get(key);
    if (kept) return kept;
    const reading = read().then((r) => r.value);
    const pages = this.pages;
    pages.set(key, reading);
    // A failed read is not kept: the next request tries again.
    reading.catch(() => {
      if (pages.get(key) === reading) pages.delete(key);
    });
    return reading;
  }
}

/**
 * PostgreSQL: other instances write unseen, so a kept page is checked against the database before it is
 * used — by the snapshot, not by the data. Each page is kept with the snapshot its statement read under;
 * a later request first asks for the current snapshot (one statement that reads no table), and uses the page
 * only when the two are the same text.
 *
 * Why it is exact, with any number of instances and replicas: a snapshot is the first transaction id not yet
 * assigned (xmax), the oldest still running (xmin) and those running in between (xip). Two equal
 * snapshots see the same set of finished transactions, each committed or aborted for good, so every
 * statement reads the same rows under both: the page read under the first is the page the second would
 * read. The check is a new statement started after the request arrived, so it sees every transaction
 * committed before — by this instance or any other — as the statement it replaces would have (read
 * committed). What it costs: any transaction anywhere in the cluster that takes an id (any write, in any
 * database) changes the snapshot, so under writes the check is an extra short statement before the read;
 * without writes, it replaces the page's sort and count.
 */
export class SnapshotCache<T> implements PageCache<T> {
  private pages = new Map<string, Snapshotted<T>>();
  /** Checks in a row that found the snapshot moved on (the page had to be read anyway). */
  private misses = 0;
  /** Requests still to be read without a check. */
  private bypass = 0;

  constructor(private readonly currentSnapshot: () => Promise<string>) {}

  /**
   * Under a steady stream of writes every check misses, and the check is then a second statement in front of
   * every read — at 50 connections, a queue of them. After `MISSES_BEFORE_BYPASS` misses in a row the cache
   * stops checking for `BYPASS_REQUESTS` requests (each simply reads, which is always exact), then checks
   * again; a single hit resumes checking for good.
   */
  async page(key: string, read: () => Promise<Snapshotted<T>>): Promise<T> {
    const kept = this.pages.get(key);
    if (kept?.snapshot && this.bypass === 0) {
      if ((await this.currentSnapshot()) === kept.snapshot) {
        this.misses = 0;
        return kept.value;
      }
      this.misses += 1;
      if (this.misses >= MISSES_BEFORE_BYPASS) {
        this.misses = 0;
        this.bypass = BYPASS_REQUESTS;
      }
    } else if (this.bypass > 0) {
      this.bypass -= 1;
    }
    const fresh = await read();
    if (this.pages.size >= MAX_PAGES) this.pages.clear();
    // Whichever of two concurrent reads lands last is kept: each is true for the snapshot it names.
    this.pages.set(key, fresh);
    return fresh.value;
  }
}

export const MISSES_BEFORE_BYPASS = 8;
export const BYPASS_REQUESTS = 32;
